package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.messaging.ReplayedPolls;

/**
 * contracts.entitlements + intake.case-activity + sla.events -> the case's walk. One binding reads
 * the three topics so Kafka gives this instance the same partition numbers of each: a case's
 * decision, activities, breaches and timers are all handled here. A poll's events are recorded
 * and replayed together.
 */
public final class WalkEscalationsFlow {

  private WalkEscalationsFlow() {}

  public static ReplayedPolls<EscalationTerms> of(CaseReplays<EscalationTerms, EscalationReport> walks,
      MatrixChoice choice) {
    return new ReplayedPolls<>("escalation-service", walks)
        .decisions(EntitlementDecided.class, (decided, p) -> EscalationMessages.decisionInForce(decided, p, choice))
        .activities(CaseActivityRecorded.class, EscalationMessages::activity)
        .activities(SlaClockChanged.class, EscalationMessages::clockChange);
  }
}
