package io.supportflow.escalation.domain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's escalation matrix: per priority, the levels in the order they are reached, and
 * whether an SLA breach raises the next level at once.
 */
public record EscalationMatrix(Map<Priority, List<EscalationStep>> plans, boolean raiseOnBreach) {

  public static final String TECHNICAL_SUPPORT_MANAGER = "Technical Support Manager";
  public static final String CUSTOMER_RELATIONS_MANAGER = "Customer Relations Manager";
  public static final String CTO = "CTO";

  public EscalationMatrix {
    Map<Priority, List<EscalationStep>> copy = new EnumMap<>(Priority.class);
    plans.forEach((p, steps) -> copy.put(p, steps.stream()
        .sorted(Comparator.comparingInt(EscalationMatrix::minutes)).toList()));
    plans = Map.copyOf(copy);
  }

  /** The carrier-grade table of docs/policies.md, in clock time. */
  public static EscalationMatrix carrierGrade(boolean raiseOnBreach) {
    return new EscalationMatrix(Map.of(
        Priority.P1, List.of(EscalationStep.afterHours(0, TECHNICAL_SUPPORT_MANAGER),
            EscalationStep.afterHours(1, CUSTOMER_RELATIONS_MANAGER), EscalationStep.afterHours(4, CTO)),
        Priority.P2, List.of(EscalationStep.afterHours(1, TECHNICAL_SUPPORT_MANAGER),
            EscalationStep.afterHours(4, CUSTOMER_RELATIONS_MANAGER), EscalationStep.afterHours(8, CTO)),
        Priority.P3, List.of(EscalationStep.afterHours(48, TECHNICAL_SUPPORT_MANAGER),
            EscalationStep.afterHours(96, CUSTOMER_RELATIONS_MANAGER)),
        Priority.P4, List.of(EscalationStep.afterHours(96, TECHNICAL_SUPPORT_MANAGER))), raiseOnBreach);
  }

  /** The levels of a priority, first level first; empty when the matrix escalates none. */
  public List<EscalationStep> plan(Priority priority) {
    return plans.getOrDefault(priority, List.of());
  }

  // Clock and business offsets of one plan are ordered by their nominal length.
  private static int minutes(EscalationStep s) {
    return s.unit() == OffsetUnit.BUSINESS_HOURS ? s.amount() * 60 : s.amount();
  }
}
