package io.supportflow.timeline.testing;

import com.mongodb.client.MongoDatabase;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.CaseTimelines;
import io.supportflow.timeline.Replay;
import io.supportflow.timeline.timers.DurableCaseTimers;
import io.supportflow.timers.TimerScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One instance of a replaying service over a database, for crash-recovery tests: its durable
 * scheduler, its replays, and the ids of what it published. A test kills an instance by dropping
 * it; the next one on the same database takes the partition over.
 */
public final class ReplayingInstance<T, R> {

  public final List<String> published = new CopyOnWriteArrayList<>();
  public final TimerScheduler scheduler;
  public final CaseReplays<T, R> replays;

  /**
   * @param replay the service's replay, publishing into the sink it is given (the id of each output)
   */
  public ReplayingInstance(MongoDatabase db, CaseTimelines<T> store, String timerKind, Clock clock,
      Function<Consumer<String>, Replay<T, R>> replay) {
    @SuppressWarnings("unchecked")
    CaseReplays<T, R>[] self = new CaseReplays[1];
    scheduler = DurableCaseTimers.scheduler(db, Duration.ofDays(1), clock, Duration.ofMinutes(5),
        (caseId, dueAt) -> self[0].wokenAt(caseId, dueAt));
    replays = new CaseReplays<>(store, replay.apply(published::add), new DurableCaseTimers(scheduler, timerKind), clock);
    self[0] = replays;
  }

  /**
   * Kafka gives this instance the partition: its timers are loaded and what is due fires, and then
   * what that firing set due in turn.
   */
  public ReplayingInstance<T, R> takesOver(int partition) {
    scheduler.assign(Set.of(partition));
    scheduler.fireDue();
    scheduler.fireDue();
    return this;
  }
}
