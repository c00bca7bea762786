package io.supportflow.sla.adapter.messaging;

import io.supportflow.sla.application.ClockTimers;
import io.supportflow.sla.application.TrackedCase;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Instant;

/** Case timers in the durable scheduler, on the case's partition (see TimersFollowPartitions). */
public final class DurableClockTimers implements ClockTimers {

  static final String KIND = "SLA";

  private final TimerScheduler scheduler;

  public DurableClockTimers(TimerScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void wakeAt(TrackedCase trackedCase, Instant at) {
    scheduler.schedule(new Timer(trackedCase.tenantId(), trackedCase.caseId(), KIND, at, trackedCase.partition()));
  }
}
