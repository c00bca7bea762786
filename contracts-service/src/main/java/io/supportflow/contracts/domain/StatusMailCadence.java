package io.supportflow.contracts.domain;

/** How often the reporter of an open case of this priority gets a status mail, e.g. every 30 minutes. */
public record StatusMailCadence(Priority priority, int amount, TargetUnit unit) {

  public StatusMailCadence {
    Checks.required("priority", priority);
    Checks.required("unit", unit);
    Checks.between("amount", amount, 1, 100_000);
  }
}
