package io.supportflow.timeline.testing;

import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.CaseTimelines;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Replay;
import io.supportflow.timeline.ReportedActivity;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A store as a process sees it that is killed when it records the published ids the test names:
 * everything before (the outputs themselves) has happened, the record of them has not.
 */
public final class KilledBeforeRecording<T> implements CaseTimelines<T> {

  private final CaseTimelines<T> store;
  private final Predicate<Collection<String>> killedAt;

  public KilledBeforeRecording(CaseTimelines<T> store, Predicate<Collection<String>> killedAt) {
    this.store = store;
    this.killedAt = killedAt;
  }

  /**
   * Runs what a process does with the replay over a store killed as it records the ids the
   * predicate names: the outputs go out, their record is lost with the process.
   */
  public static <T, R> void dies(CaseTimelines<T> store, Predicate<Collection<String>> killedAt, Replay<T, R> replay,
      Clock clock, Consumer<CaseReplays<T, R>> work) {
    CaseReplays<T, R> dying = new CaseReplays<>(new KilledBeforeRecording<>(store, killedAt), replay, (c, at) -> { }, clock);
    try {
      work.accept(dying);
    } catch (IllegalStateException killed) {
      // the process died between sending and recording
    }
  }

  /**
   * A process publishes on deciding the case and is killed before recording it; the next is woken
   * for the case at the decision's receipt. What both sent, in order: a test expects the same id
   * twice and that id recorded once.
   *
   * @param replay the service's replay, publishing into the sink it is given (the id of each output)
   */
  public static <T, R> List<String> sentAroundAKill(CaseTimelines<T> store, Decision<T> decision, Clock clock,
      Function<Consumer<String>, Replay<T, R>> replay) {
    List<String> sent = new CopyOnWriteArrayList<>();
    dies(store, ids -> true, replay.apply(sent::add), clock, dying -> dying.decided(decision));
    new CaseReplays<>(store, replay.apply(sent::add), (c, at) -> { }, clock).wokenAt(decision.caseId(), decision.receivedAt());
    return sent;
  }

  @Override
  public Optional<CaseTimeline<T>> find(String caseId) {
    return store.find(caseId);
  }

  @Override
  public boolean recordTerms(Decision<T> decision) {
    return store.recordTerms(decision);
  }

  @Override
  public void recordActivity(ReportedActivity activity) {
    store.recordActivity(activity);
  }

  @Override
  public void recordPublished(String caseId, Collection<String> ids) {
    if (killedAt.test(ids)) {
      throw new IllegalStateException("killed");
    }
    store.recordPublished(caseId, ids);
  }
}
