package io.supportflow.sla.application;

import io.supportflow.sla.domain.ClockKind;
import io.supportflow.sla.domain.ResponseClock;
import io.supportflow.sla.domain.WarningShare;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts the first-response clock of a decided case. Idempotent: a redelivered decision gets the
 * clock already stored, with the same event id, so downstream sees one STARTED per case.
 */
public final class StartFirstResponseClock {

  private final ClockStore store;
  private final WarningShare warningShare;
  private final Clock clock;

  public StartFirstResponseClock(ClockStore store, WarningShare warningShare, Clock clock) {
    this.store = store;
    this.warningShare = warningShare;
    this.clock = clock;
  }

  /** The started clock, or empty when the decision promises no first response to time. */
  public Optional<StartedClock> start(EntitlementNotice notice) {
    String caseId = notice.decided().caseId();
    Optional<StartedClock> stored = store.find(ResponseClock.clockId(caseId, ClockKind.FIRST_RESPONSE));
    if (stored.isPresent()) {
      return stored;
    }
    return ResponseClock.firstResponse(notice.decided(), warningShare)
        .map(started -> store.saveOnce(new StartedClock(
            eventIdFor(caseId),
            // The change took effect when the window opened, not when this service got to it.
            started.window().start(),
            clock.instant(),
            notice.decisionEventId(),
            notice.tenantId(),
            notice.caseNumber(),
            started)));
  }

  // Derived from the case, so a clock started twice by a crash still carries one event id.
  private static String eventIdFor(String caseId) {
    return UUID.nameUUIDFromBytes(
            ("sla:" + caseId + ":" + ClockKind.FIRST_RESPONSE + ":STARTED")
                .getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
