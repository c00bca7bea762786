package io.supportflow.escalation.domain;

import io.supportflow.timeline.Priority;
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

  /** The levels of a priority, first level first; empty when the matrix escalates none. */
  public List<EscalationStep> plan(Priority priority) {
    return plans.getOrDefault(priority, List.of());
  }

  // Clock and business offsets of one plan are ordered by their nominal length.
  private static int minutes(EscalationStep s) {
    return s.unit() == OffsetUnit.BUSINESS_HOURS ? s.amount() * 60 : s.amount();
  }
}
