package io.supportflow.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final CaseContext context;
  private final PublishedTogether together;
  private final CaseLocks locks = new CaseLocks();

  public CaseReplays(CaseTimelines<T> cases, Replay<T, R> replay, CaseTimers timers, Clock clock) {
    this(cases, replay, timers, clock, CaseContext.NONE, PublishedTogether.EACH_ALONE);
  }

  /**
   * @param context opens the trace of the record that caused a case's replay in a poll
   * @param together sends the outputs of a poll's replays together, confirmed before their ids are recorded
   */
  public CaseReplays(CaseTimelines<T> cases, Replay<T, R> replay, CaseTimers timers, Clock clock,
      CaseContext context, PublishedTogether together) {
    this.cases = cases;
    this.replay = replay;
    this.timers = timers;
    this.clock = clock;
    this.context = context;
    this.together = together;
  }

  /**
   * A decision: recorded when its version is higher than the newest the case holds (an older or
   * the same version changes nothing), then the case is replayed with its terms as stretches of time.
   */
  public void decided(Decision<T> decision) {
    recordAll(List.of(new CaseInput.Decided<>(decision, null)));
  }

  public void activity(ReportedActivity reported) {
    if (reported.activity() != null) {
      recordAll(List.of(new CaseInput.Reported<>(reported, null)));
    }
  }

  /**
   * A poll's inputs: recorded together (in partition order), then each case they touch replayed
   * once, up to the latest instant its inputs name, in the context of its last input; their outputs
   * are sent together and confirmed, then the ids published and the wake-ups are stored together.
   * The poll's cases are held against their timers meanwhile, so what was recorded is what is
   * replayed. Should a publication fail, the poll is handled again (PollBatch takes its records one
   * at a time): the cases replayed before it publish the same ids again, which consumers ignore.
   */
  public void recordAll(List<CaseInput<T>> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    Map<String, CaseInput<T>> lastOfCase = new LinkedHashMap<>();
    Map<String, Instant> replayFrom = new HashMap<>();
    for (CaseInput<T> input : inputs) {
      lastOfCase.put(input.caseId(), input);
      replayFrom.merge(input.caseId(), input.replayFrom(), (a, b) -> a.isAfter(b) ? a : b);
    }
    locks.exclusively(lastOfCase.keySet(), () -> {
      Map<String, CaseTimeline<T>> recorded = cases.recordAll(inputs);
      Map<String, List<String>> published = new LinkedHashMap<>();
      CaseTimers.Gathered wakeUps = timers.gather();
      together.confirmAll(() -> lastOfCase.forEach((caseId, last) -> {
        CaseTimeline<T> timeline = recorded.get(caseId);
        if (timeline != null && timeline.everWorked()) {
          try (CaseContext.Scope scope = context.open(timeline, last.traceparent())) {
            List<String> fresh = publishReplay(timeline, replayFrom.get(caseId), wakeUps);
            if (!fresh.isEmpty()) {
              published.put(caseId, fresh);
            }
          }
        }
      }));
      cases.recordPublished(published);
      wakeUps.store();
    });
  }

  public void wokenAt(String caseId, Instant dueAt) {
    locks.exclusively(caseId, () -> cases.find(caseId).filter(CaseTimeline::everWorked).ifPresent(timeline -> {
      CaseTimers.Gathered wakeUps = timers.gather();
      List<String> fresh = new ArrayList<>();
      together.confirmAll(() -> fresh.addAll(publishReplay(timeline, dueAt, wakeUps)));
      if (!fresh.isEmpty()) {
        cases.recordPublished(caseId, fresh);
      }
      wakeUps.store();
    }));
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

  /**
   * Replays the case (activities before the decision wait for it: a case never worked under terms
   * is not replayed), publishes what was not published yet, gathers its wake-ups, and returns the
   * ids it published, for the caller to record.
   */
  private List<String> publishReplay(CaseTimeline<T> timeline, Instant atLeast, CaseTimers.Gathered wakeUps) {
    Instant now = timeline.notBeforeLastActivity(atLeast.isAfter(clock.instant()) ? atLeast : clock.instant());
    R result = replay.evaluate(timeline, now);
    List<String> fresh = Publication.publishUnpublished(replay.publications(timeline, result), timeline.published());
    replay.wakeUps(result, now).forEach(at -> wakeUps.wakeAt(timeline, at));
    return fresh;
  }
}
