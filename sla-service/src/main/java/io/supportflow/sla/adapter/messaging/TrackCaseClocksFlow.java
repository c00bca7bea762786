package io.supportflow.sla.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.messaging.ReplayedPolls;

/**
 * contracts.entitlements + intake.case-activity -> the case's clocks. One binding reads both
 * topics so Kafka gives this instance the same partition numbers of each: a case's decision,
 * its activities and its timers are all handled here. A poll's events are recorded and replayed
 * together.
 */
public final class TrackCaseClocksFlow {

  private TrackCaseClocksFlow() {}

  public static ReplayedPolls<SlaTerms> of(CaseReplays<SlaTerms, SlaEvaluation> clocks, WarningShare warningShare) {
    return new ReplayedPolls<>("sla-service", clocks)
        .decisions(EntitlementDecided.class, (decided, p) -> SlaEvents.decision(decided, p, warningShare))
        .activities(CaseActivityRecorded.class, SlaEvents::activity);
  }
}
