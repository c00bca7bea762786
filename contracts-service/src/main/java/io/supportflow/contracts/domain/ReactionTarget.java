package io.supportflow.contracts.domain;

/**
 * One promise of a contract, e.g. "P1 first response within 15 clock minutes". NEXT_WORKING_DAY
 * ends at the close of the next working day; its amount is 1.
 */
public record ReactionTarget(Priority priority, ReactionMetric metric, int amount, TargetUnit unit) {

  public ReactionTarget {
    Checks.required("priority", priority);
    Checks.required("metric", metric);
    Checks.required("unit", unit);
    if (amount < 1 || amount > 100_000) {
      throw new PolicyViolation("amount", "must be between 1 and 100000, was " + amount);
    }
    if (unit == TargetUnit.NEXT_WORKING_DAY && amount != 1) {
      throw new PolicyViolation("amount", "must be 1 for NEXT_WORKING_DAY");
    }
  }
}
