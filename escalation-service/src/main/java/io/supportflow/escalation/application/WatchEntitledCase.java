package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.WatchPolicy;
import java.time.Clock;

/**
 * Puts an entitled case under watch, so a later walk of its escalation matrix knows what to walk.
 * Idempotent: a redelivered decision leaves the stored record exactly as it was.
 */
public final class WatchEntitledCase {

  private final WatchedCases watchedCases;
  private final WatchPolicy policy;
  private final Clock clock;

  public WatchEntitledCase(WatchedCases watchedCases, WatchPolicy policy, Clock clock) {
    this.watchedCases = watchedCases;
    this.policy = policy;
    this.clock = clock;
  }

  public void watch(EntitlementNotice notice) {
    policy.watch(notice.decided())
        .ifPresent(watched -> watchedCases.watchOnce(
            new WatchRecord(watched, notice.decisionEventId(), clock.instant())));
  }
}
