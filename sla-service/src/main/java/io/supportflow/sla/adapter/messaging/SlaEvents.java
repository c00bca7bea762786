package io.supportflow.sla.adapter.messaging;

import io.supportflow.businesstime.events.CoverageCalendars;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.events.TimeUnit;
import io.supportflow.sla.application.MeasuredDowntime;
import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.ReportedActivity;
import io.supportflow.timeline.messaging.TimelineEvents;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Avro events to the use case's records and back. */
final class SlaEvents {

  private SlaEvents() {}

  /** Every kind of activity moves clocks but a breach, which is sla-service's own output. */
  private static final Set<Activity.Kind> CLOCK_MOVING = EnumSet.complementOf(EnumSet.of(Activity.Kind.SLA_BREACHED));

  /**
   * The decision with its version and the instant it applies from; its terms when the case is
   * worked under them (ENTITLED or QUOTE_REQUIRED), else none: a newer version without terms stops
   * the clocks from then, one with terms starts or re-times them.
   */
  static Decision<SlaTerms> decision(EntitlementDecided e, int partition, WarningShare share) {
    return TimelineEvents.decision(e, partition, t -> Optional.of(terms(t, share)));
  }

  static ReportedActivity activity(CaseActivityRecorded e, int partition) {
    return TimelineEvents.reported(e, partition, CLOCK_MOVING);
  }

  /** The plan says which priorities run round the clock once worked on; the service says when to warn. */
  static SlaTerms terms(ContractTerms t, WarningShare share) {
    return new SlaTerms(CoverageCalendars.from(t.getCalendar()),
        t.getTargets().stream().map(SlaEvents::target).toList(), share,
        t.getAroundTheClockOnceWorking().stream().map(p -> Priority.valueOf(p.name())).collect(Collectors.toSet()));
  }



  static SlaClockChanged event(CaseTimeline<SlaTerms> c, ClockChange change) {
    SlaClockChanged head = TimelineEvents.headed(new SlaClockChanged(), c, change.changeId(c.caseId()), change.at());
    return SlaClockChanged.newBuilder(head)
        .setClock(SlaClockKind.valueOf(change.kind().name()))
        .setChange(SlaClockChange.valueOf(change.type().name()))
        .setPriority(io.supportflow.events.Priority.valueOf(change.priority().name()))
        .setTarget(target(change.target()))
        .setStartedAt(change.startedAt())
        .setDeadline(change.deadline())
        .setWarningAt(change.warningAt())
        .setCountedMillis(change.counted().toMillis())
        .setMarginMillis(change.margin() == null ? null : change.margin().toMillis())
        .setSequence(change.sequence())
        .build();
  }

  static CaseDowntimeMeasured downtime(CaseTimeline<SlaTerms> c, MeasuredDowntime d) {
    CaseDowntimeMeasured head = TimelineEvents.headed(new CaseDowntimeMeasured(), c, d.measurementId(), d.resolvedAt());
    return CaseDowntimeMeasured.newBuilder(head)
        .setCustomerId(c.customerId())
        .setPriority(io.supportflow.events.Priority.valueOf(d.priority().name()))
        .setReceivedAt(d.receivedAt())
        .setResolvedAt(d.resolvedAt())
        .setOnHoldMillis(d.onHold().toMillis())
        .setDowntimeMillis(d.downtime().toMillis())
        .build();
  }

  private static ReactionTarget target(io.supportflow.events.ReactionTarget t) {
    return new ReactionTarget(Priority.valueOf(t.getPriority().name()), ReactionMetric.valueOf(t.getMetric().name()),
        t.getAmount(), TargetUnit.valueOf(t.getUnit().name()));
  }

  private static io.supportflow.events.ReactionTarget target(ReactionTarget t) {
    return new io.supportflow.events.ReactionTarget(io.supportflow.events.Priority.valueOf(t.priority().name()),
        io.supportflow.events.ReactionMetric.valueOf(t.metric().name()), t.amount(), TimeUnit.valueOf(t.unit().name()));
  }
}
