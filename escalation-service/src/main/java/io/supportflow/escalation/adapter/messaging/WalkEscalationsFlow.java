package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.messaging.PartitionedFlow;

/**
 * contracts.entitlements + intake.case-activity + sla.events -> the case's walk. One binding reads
 * the three topics so Kafka gives this instance the same partition numbers of each: a case's
 * decision, activities, breaches and timers are all handled here.
 */
public final class WalkEscalationsFlow {

  private WalkEscalationsFlow() {}

  public static PartitionedFlow of(CaseReplays<EscalationTerms, EscalationReport> walks, MatrixChoice choice) {
    return new PartitionedFlow("escalation-service")
        .on(EntitlementDecided.class, (decided, p) -> walks.decided(EscalationMessages.decisionInForce(decided, p, choice)))
        .on(CaseActivityRecorded.class, (activity, p) -> walks.activity(EscalationMessages.activity(activity, p)))
        .on(SlaClockChanged.class, (change, p) -> walks.activity(EscalationMessages.clockChange(change, p)));
  }
}
