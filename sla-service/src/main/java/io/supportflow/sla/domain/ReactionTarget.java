package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.util.Objects;

/** One promise of a contract, e.g. "P1 first response within 15 clock minutes". */
public record ReactionTarget(Priority priority, ReactionMetric metric, int amount, TargetUnit unit) {

  public ReactionTarget {
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 && unit != TargetUnit.NEXT_WORKING_DAY) {
      throw new IllegalArgumentException("a reaction target needs a positive amount: " + amount);
    }
  }
}
