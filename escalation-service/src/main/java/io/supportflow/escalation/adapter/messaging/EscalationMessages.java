package io.supportflow.escalation.adapter.messaging;

import io.supportflow.businesstime.events.CoverageCalendars;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.escalation.domain.Person;
import io.supportflow.escalation.domain.ReachedLevel;
import io.supportflow.escalation.domain.Roster;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationLevel;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.ReportedActivity;
import io.supportflow.timeline.messaging.TimelineEvents;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Avro events to the use case's records and back. */
final class EscalationMessages {

  private EscalationMessages() {}

  /** A decision the case is worked under whose terms name or carry a matrix; empty for the others. */
  static Optional<Decision<EscalationTerms>> decision(EntitlementDecided e, int partition, MatrixChoice choice) {
    return TimelineEvents.workedDecision(e, partition, t -> matrix(t, choice).map(matrix ->
        new EscalationTerms(matrix, roster(t.getRoster()), CoverageCalendars.from(t.getCalendar()))));
  }

  /**
   * The decision as the walk records it, whatever its outcome: its version and instant, with the
   * matrix it walks the case under, or none (not worked, or no matrix): a newer version without one
   * stops the walk from then, one with one starts or re-plans it.
   */
  static Decision<EscalationTerms> decisionInForce(EntitlementDecided e, int partition, MatrixChoice choice) {
    return TimelineEvents.decision(e, partition, t -> matrix(t, choice).map(matrix ->
        new EscalationTerms(matrix, roster(t.getRoster()), CoverageCalendars.from(t.getCalendar()))));
  }

  /** A priority change re-plans the walk, a resolution or closure stops it; the other activities do not touch it. */
  static ReportedActivity activity(CaseActivityRecorded e, int partition) {
    return TimelineEvents.reported(e, partition, Set.of(Activity.Kind.PRIORITY_CHANGED, Activity.Kind.RESOLVED));
  }

  /** Only a breach touches the walk; the other clock changes are recorded nowhere. */
  static ReportedActivity clockChange(SlaClockChanged e, int partition) {
    Activity activity = e.getChange() == SlaClockChange.BREACHED ? Activity.of(e.getOccurredAt(), Activity.Kind.SLA_BREACHED) : null;
    return new ReportedActivity(e.getEventId(), e.getCaseId(), e.getTenantId(), e.getCaseNumber(),
        partition, activity);
  }

  static EscalationRaised event(CaseTimeline<EscalationTerms> c, ReachedLevel level) {
    EscalationRaised head = TimelineEvents.headed(new EscalationRaised(), c, level.levelId(c.caseId()), level.reachedAt());
    return EscalationRaised.newBuilder(head)
        .setPriority(io.supportflow.events.Priority.valueOf(level.priority().name()))
        .setLevel(level.level())
        .setRole(level.role())
        .setPersonName(level.person() == null ? null : level.person().name())
        .setPersonEmail(level.person() == null ? null : level.person().email())
        .setReason(level.reason())
        .build();
  }

  /**
   * The levels the terms carry; else the default matrix where the choice says so. Whether a breach
   * raises the next level is the tenant's rule, carried on the terms.
   */
  private static Optional<EscalationMatrix> matrix(ContractTerms t, MatrixChoice choice) {
    if (!t.getEscalationLevels().isEmpty()) {
      Map<Priority, List<EscalationStep>> plans = new EnumMap<>(Priority.class);
      for (EscalationLevel l : t.getEscalationLevels()) {
        plans.computeIfAbsent(TimelineEvents.priority(l.getPriority()), p -> new ArrayList<>())
            .add(new EscalationStep(l.getAmount(), unit(l.getUnit()), l.getRole()));
      }
      return Optional.of(new EscalationMatrix(plans, t.getRaiseOnBreach()));
    }
    return choice.defaultApplies(t.getEscalationMatrixId())
        ? Optional.of(choice.defaultMatrix(t.getRaiseOnBreach())) : Optional.empty();
  }

  private static OffsetUnit unit(io.supportflow.events.TimeUnit unit) {
    return OffsetUnit.valueOf(unit.name());
  }

  private static Roster roster(List<RosterEntry> entries) {
    Map<String, Person> holders = new HashMap<>();
    entries.forEach(r -> holders.put(r.getRole(), new Person(r.getName(), r.getEmail())));
    return new Roster(holders);
  }

}
