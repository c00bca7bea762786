package io.supportflow.contracts.domain;

/**
 * One step of an escalation matrix: a case of this priority not resolved after amount units
 * (0: immediately; clock or business time) is escalated to the role.
 */
public record EscalationLevel(Priority priority, int amount, TargetUnit unit, String role) {

  public EscalationLevel {
    Checks.required("priority", priority);
    Checks.required("unit", unit);
    Checks.between("amount", amount, 0, 100_000);
    role = Checks.text("role", role, 100);
  }
}
