package io.supportflow.sla.application;

import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
/** Announces a resolved case's downtime; throws when it could not, so it is announced again later. */
public interface DowntimeEvents {

  void publish(CaseTimeline<SlaTerms> trackedCase, MeasuredDowntime downtime);
}
