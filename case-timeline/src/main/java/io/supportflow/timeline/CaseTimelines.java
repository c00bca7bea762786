package io.supportflow.timeline;

import java.util.Collection;
import java.util.Optional;

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
}
