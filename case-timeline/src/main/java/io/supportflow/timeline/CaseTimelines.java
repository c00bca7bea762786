package io.supportflow.timeline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cases a service replays. Every write is idempotent: a redelivered event records nothing new. */
public interface CaseTimelines<T> {

  Optional<CaseTimeline<T>> find(String caseId);

  /**
   * Records the decision unless the case holds one of the same or a higher version (a redelivery,
   * or an older decision arriving late): the newest decision's facts, and its terms as the stretch
   * of time from its effectiveFrom. Returns whether it was recorded.
   */
  boolean recordTerms(Decision<T> decision);

  /** Appends the activity unless an activity with that event id is recorded already. */
  void recordActivity(ReportedActivity activity);

  void recordPublished(String caseId, Collection<String> ids);

  /**
   * Records a poll's inputs in order, each as {@link #recordTerms} or {@link #recordActivity} does,
   * and returns the cases they touched as stored after, by case id. A store may do it with one read
   * and one write; by default it takes them one at a time.
   */
  default Map<String, CaseTimeline<T>> recordAll(List<CaseInput<T>> inputs) {
    Set<String> touched = new LinkedHashSet<>();
    for (CaseInput<T> input : inputs) {
      switch (input) {
        case CaseInput.Decided<T> d -> recordTerms(d.decision());
        case CaseInput.Reported<T> r -> recordActivity(r.reported());
      }
      touched.add(input.caseId());
    }
    Map<String, CaseTimeline<T>> recorded = new LinkedHashMap<>();
    touched.forEach(caseId -> find(caseId).ifPresent(c -> recorded.put(caseId, c)));
    return recorded;
  }

  /** The ids each case published, recorded; by default one case at a time. */
  default void recordPublished(Map<String, List<String>> idsByCase) {
    idsByCase.forEach(this::recordPublished);
  }
}
