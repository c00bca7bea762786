package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EntitlementNotice;
import io.supportflow.escalation.domain.DecidedCase;
import io.supportflow.escalation.domain.EntitlementOutcome;
import io.supportflow.escalation.domain.Priority;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;

/** Avro events to the use case's records. */
final class EscalationEvents {

  private EscalationEvents() {}

  static EntitlementNotice fromEvent(EntitlementDecided e) {
    ContractTerms terms = e.getTerms();
    return new EntitlementNotice(
        e.getEventId(),
        new DecidedCase(
            e.getCaseId(),
            e.getTenantId(),
            e.getCaseNumber(),
            EntitlementOutcome.valueOf(e.getOutcome().name()),
            Priority.valueOf(e.getPriority().name()),
            e.getReceivedAt(),
            terms != null,
            terms == null ? null : terms.getEscalationMatrixId()));
  }
}
