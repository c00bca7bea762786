package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EscalatedCase;
import io.supportflow.escalation.application.EscalationTimers;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Instant;

/** Escalation timers in the durable scheduler, on the case's partition (see TimersFollowPartitions). */
public final class DurableEscalationTimers implements EscalationTimers {

  public static final String KIND = "ESCALATION";

  private final TimerScheduler scheduler;

  public DurableEscalationTimers(TimerScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void wakeAt(EscalatedCase escalatedCase, Instant at) {
    scheduler.schedule(new Timer(escalatedCase.tenantId(), escalatedCase.caseId(), KIND, at, escalatedCase.partition()));
  }
}
