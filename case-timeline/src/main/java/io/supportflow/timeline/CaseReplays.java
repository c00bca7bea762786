package io.supportflow.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The loop every replaying service runs: each input (a decision, an activity, a timer) records
 * what it says and then replays the whole case with the service's {@link Replay}; outputs not yet
 * published are published and their ids recorded, and the case is woken up when the replay wants.
 * Replaying is idempotent, so a redelivered event or a timer fired twice publishes nothing new,
 * and a crash between publishing and recording publishes the same ids again, which consumers
 * ignore. Activities before the decision wait for it. Plain Java, for the services' application layer.
 *
 * @param <T> the terms the service keeps
 * @param <R> what its domain replay reports
 */
public final class CaseReplays<T, R> {

  /** A case of the asking tenant with its replay as of now (the service clock's instant). */
  public record Replayed<T, R>(CaseTimeline<T> timeline, R result, Instant asOf) {}

  private final CaseTimelines<T> cases;
  private final Replay<T, R> replay;
  private final CaseTimers timers;
  private final Clock clock;
  private final CaseLocks locks = new CaseLocks();

  public CaseReplays(CaseTimelines<T> cases, Replay<T, R> replay, CaseTimers timers, Clock clock) {
    this.cases = cases;
    this.replay = replay;
    this.timers = timers;
    this.clock = clock;
  }

  /**
   * A decision: recorded when its version is higher than the newest the case holds (an older or
   * the same version changes nothing), then the case is replayed with its terms as stretches of time.
   */
  public void decided(Decision<T> decision) {
    cases.recordTerms(decision);
    replay(decision.caseId(), decision.appliesFrom());
  }

  public void activity(ReportedActivity reported) {
    if (reported.activity() == null) {
      return;
    }
    cases.recordActivity(reported);
    replay(reported.caseId(), reported.activity().at());
  }

  public void wokenAt(String caseId, Instant dueAt) {
    replay(caseId, dueAt);
  }

  public Optional<CaseTimeline<T>> find(String caseId) {
    return cases.find(caseId);
  }

  /**
   * The case with its replay now, when it is the tenant's and was ever worked under terms. Another tenant's case is
   * as absent as an unknown one: its id says nothing either way.
   */
  public Optional<Replayed<T, R>> seenBy(String tenantId, String caseId) {
    Instant now = clock.instant();
    return cases.find(caseId).filter(c -> tenantId.equals(c.tenantId()) && c.everWorked())
        .map(c -> new Replayed<>(c, replay.evaluate(c, c.notBeforeLastActivity(now)), now));
  }

  private void replay(String caseId, Instant atLeast) {
    locks.exclusively(caseId, () -> {
      Optional<CaseTimeline<T>> found = cases.find(caseId);
      if (found.isEmpty() || !found.get().everWorked()) {
        return; // activities before the decision wait for it; a case never worked under terms has nothing to replay
      }
      CaseTimeline<T> timeline = found.get();
      Instant now = timeline.notBeforeLastActivity(atLeast.isAfter(clock.instant()) ? atLeast : clock.instant());
      R result = replay.evaluate(timeline, now);
      List<String> fresh = Publication.publishUnpublished(replay.publications(timeline, result), timeline.published());
      if (!fresh.isEmpty()) {
        cases.recordPublished(caseId, fresh);
      }
      replay.wakeUps(result, now).forEach(at -> timers.wakeAt(timeline, at));
    });
  }
}
