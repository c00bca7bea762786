package io.supportflow.sla.application;

import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import java.time.Instant;
import java.util.List;

/** The timed cases a report reads. */
public interface ReceivedCases {

  /** The tenant's timed cases received in [from, to). */
  List<CaseTimeline<SlaTerms>> receivedBetween(String tenantId, Instant from, Instant to);
}
