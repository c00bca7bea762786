package io.supportflow.contracts.domain;

/** A policy that breaks a rule: which field, and what is wrong with it in words an admin can act on. */
public final class PolicyViolation extends IllegalArgumentException {

  private final String field;
  private final String problem;

  public PolicyViolation(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
