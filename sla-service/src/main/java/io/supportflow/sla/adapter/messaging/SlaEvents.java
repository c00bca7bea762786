package io.supportflow.sla.adapter.messaging;

import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.events.TimeUnit;
import io.supportflow.sla.application.EntitlementNotice;
import io.supportflow.sla.application.StartedClock;
import io.supportflow.sla.domain.DecidedCase;
import io.supportflow.sla.domain.EntitlementOutcome;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.ReactionWindow;
import io.supportflow.sla.domain.TargetUnit;
import java.util.List;

/** Avro events to the use case's records and back. */
final class SlaEvents {

  private SlaEvents() {}

  static EntitlementNotice fromEvent(EntitlementDecided e) {
    ContractTerms terms = e.getTerms();
    List<ReactionTarget> targets =
        terms == null ? List.of() : terms.getTargets().stream().map(SlaEvents::target).toList();
    return new EntitlementNotice(
        e.getEventId(), e.getTenantId(), e.getCaseNumber(),
        new DecidedCase(
            e.getCaseId(),
            EntitlementOutcome.valueOf(e.getOutcome().name()),
            Priority.valueOf(e.getPriority().name()),
            e.getReceivedAt(),
            targets));
  }

  static SlaClockChanged toEvent(StartedClock s) {
    ReactionWindow window = s.clock().window();
    return SlaClockChanged.newBuilder()
        .setEventId(s.eventId())
        .setOccurredAt(s.occurredAt())
        .setTenantId(s.tenantId())
        .setCaseId(s.clock().caseId())
        .setCaseNumber(s.caseNumber())
        .setClock(SlaClockKind.valueOf(s.clock().kind().name()))
        .setChange(SlaClockChange.STARTED)
        .setPriority(io.supportflow.events.Priority.valueOf(s.clock().priority().name()))
        .setTarget(target(window.target()))
        .setStartedAt(window.start())
        .setDeadline(window.deadline())
        .setWarningAt(window.warningAt())
        .setCountedMillis(0L)
        .setMarginMillis(null)
        .build();
  }

  private static ReactionTarget target(io.supportflow.events.ReactionTarget t) {
    return new ReactionTarget(
        Priority.valueOf(t.getPriority().name()),
        ReactionMetric.valueOf(t.getMetric().name()),
        t.getAmount(),
        TargetUnit.valueOf(t.getUnit().name()));
  }

  private static io.supportflow.events.ReactionTarget target(ReactionTarget t) {
    return new io.supportflow.events.ReactionTarget(
        io.supportflow.events.Priority.valueOf(t.priority().name()),
        io.supportflow.events.ReactionMetric.valueOf(t.metric().name()),
        t.amount(),
        TimeUnit.valueOf(t.unit().name()));
  }
}
