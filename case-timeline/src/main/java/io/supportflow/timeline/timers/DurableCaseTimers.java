package io.supportflow.timeline.timers;

import com.mongodb.client.MongoDatabase;
import io.supportflow.timeline.CaseTimers;
import io.supportflow.timeline.TimedCase;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's case timers of one kind in the durable scheduler, on the case's partition (see
 * TimersFollowPartitions), and the scheduler that wakes the cases up.
 */
public final class DurableCaseTimers implements CaseTimers.Cancellable {

  /** How long a fired timer's record is kept, so a late redelivery of its firing is still recognised. */
  public static final Duration FIRED_RETENTION = Duration.ofDays(30);

  /** What a due timer does: wake the case up at the instant it was set for. */
  @FunctionalInterface
  public interface WakeUp {
    void wake(String caseId, Instant dueAt) throws Exception;
  }

  private final TimerScheduler scheduler;
  private final String kind;

  public DurableCaseTimers(TimerScheduler scheduler, String kind) {
    this.scheduler = scheduler;
    this.kind = kind;
  }

  /**
   * A scheduler over the database's timers that wakes each due case up; a wake-up that throws
   * leaves its timer unfired, so the scheduler tries it again.
   */
  public static TimerScheduler scheduler(MongoDatabase database, Duration retention, Clock clock, Duration lookahead,
      WakeUp wakeUp) {
    return new TimerScheduler(new MongoTimerStore(database, retention),
        timer -> {
          wakeUp.wake(timer.caseId(), timer.dueAt());
          return timer.timerId();
        },
        clock, lookahead);
  }

  @Override
  public void wakeAt(TimedCase c, Instant at) {
    scheduler.schedule(new Timer(c.tenantId(), c.caseId(), kind, at, c.partition()));
  }

  /** Each timer keeps the context it is gathered in; the poll's timers are stored in one write. */
  @Override
  public Gathered gather() {
    List<Timer> gathered = new ArrayList<>();
    return new Gathered() {
      @Override
      public void wakeAt(TimedCase c, Instant at) {
        gathered.add(scheduler.withContext(new Timer(c.tenantId(), c.caseId(), kind, at, c.partition())));
      }

      @Override
      public void drop(String caseId) {
        gathered.removeIf(timer -> timer.caseId().equals(caseId));
      }

      @Override
      public void store() {
        scheduler.scheduleAll(gathered);
      }
    };
  }

  @Override
  public void cancel(String caseId) {
    scheduler.cancel(caseId, kind);
  }
}
