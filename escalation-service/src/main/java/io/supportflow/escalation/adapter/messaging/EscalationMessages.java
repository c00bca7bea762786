package io.supportflow.escalation.adapter.messaging;

import io.supportflow.businesstime.events.CoverageCalendars;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.ReportedActivity;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.timeline.Activity;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.escalation.domain.Person;
import io.supportflow.timeline.Priority;
import io.supportflow.escalation.domain.ReachedLevel;
import io.supportflow.escalation.domain.Roster;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationLevel;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Avro events to the use case's records and back. */
final class EscalationMessages {

  private EscalationMessages() {}

  /** A decision the case is worked under whose terms name or carry a matrix; empty for the others. */
  static Optional<Decision<EscalationTerms>> decision(EntitlementDecided e, int partition, MatrixChoice choice) {
    boolean worked = e.getOutcome() == EntitlementOutcome.ENTITLED || e.getOutcome() == EntitlementOutcome.QUOTE_REQUIRED;
    if (!worked || e.getTerms() == null) {
      return Optional.empty();
    }
    return matrix(e.getTerms(), choice).map(matrix -> new Decision<>(e.getCaseId(), e.getTenantId(),
        e.getCaseNumber(), e.getCustomerId(), partition, priority(e.getPriority()), e.getReceivedAt(),
        new EscalationTerms(matrix, roster(e.getTerms().getRoster()), CoverageCalendars.from(e.getTerms().getCalendar()))));
  }

  static ReportedActivity activity(CaseActivityRecorded e, int partition) {
    Activity activity = switch (e.getActivity()) {
      case PRIORITY_CHANGED -> e.getNewPriority() == null ? null
          : Activity.priorityChanged(e.getOccurredAt(), priority(e.getNewPriority()));
      case RESOLVED, CLOSED -> Activity.of(e.getOccurredAt(), Activity.Kind.RESOLVED);
      default -> null;
    };
    return new ReportedActivity(e.getEventId(), e.getCaseId(), e.getTenantId(), e.getCaseNumber(),
        partition, activity);
  }

  /** Only a breach touches the walk; the other clock changes are recorded nowhere. */
  static ReportedActivity clockChange(SlaClockChanged e, int partition) {
    Activity activity = e.getChange() == SlaClockChange.BREACHED ? Activity.of(e.getOccurredAt(), Activity.Kind.SLA_BREACHED) : null;
    return new ReportedActivity(e.getEventId(), e.getCaseId(), e.getTenantId(), e.getCaseNumber(),
        partition, activity);
  }

  static EscalationRaised event(CaseTimeline<EscalationTerms> c, ReachedLevel level) {
    return EscalationRaised.newBuilder()
        .setEventId(UUID.nameUUIDFromBytes(level.levelId(c.caseId()).getBytes(StandardCharsets.UTF_8)).toString())
        .setOccurredAt(level.reachedAt())
        .setTenantId(c.tenantId())
        .setCaseId(c.caseId())
        .setCaseNumber(c.caseNumber())
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
        plans.computeIfAbsent(priority(l.getPriority()), p -> new ArrayList<>())
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

  private static Priority priority(io.supportflow.events.Priority p) {
    return Priority.valueOf(p.name());
  }
}
