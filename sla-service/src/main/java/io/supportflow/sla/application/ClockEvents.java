package io.supportflow.sla.application;

import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;

/** Announces a clock change; throws when it could not, so the change is announced again later. */
public interface ClockEvents {

  void publish(CaseTimeline<SlaTerms> trackedCase, ClockChange change);
}
