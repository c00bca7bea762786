package io.supportflow.notification.adapter.messaging;

import io.supportflow.notification.application.StatusMailTimers;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Instant;

/**
 * Status-mail timers in the durable scheduler, on the case's partition (see TimersFollowPartitions).
 */
public final class DurableStatusMailTimers implements StatusMailTimers {

  public static final String KIND = "STATUS_MAIL";

  private final TimerScheduler scheduler;

  public DurableStatusMailTimers(TimerScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void wakeAt(NotifiedCase c, Instant at) {
    scheduler.schedule(new Timer(c.tenantId(), c.caseId(), KIND, at, c.partition()));
  }

  @Override
  public void cancel(String caseId) {
    scheduler.cancel(caseId, KIND);
  }
}
