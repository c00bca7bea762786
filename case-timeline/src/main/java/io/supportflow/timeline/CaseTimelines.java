package io.supportflow.timeline;

import java.util.Collection;
import java.util.Optional;

/** The cases a service replays. Every write is idempotent: a redelivered event records nothing new. */
public interface CaseTimelines<T> {

  Optional<CaseTimeline<T>> find(String caseId);

  /** Records the decision's facts and terms unless the case has terms already. */
  void recordTerms(Decision<T> decision);

  /** Appends the activity unless an activity with that event id is recorded already. */
  void recordActivity(ReportedActivity activity);

  void recordPublished(String caseId, Collection<String> ids);
}
