package io.supportflow.contracts.domain;

import java.util.Objects;

/**
 * The outcome, the rule that decided it (a stable machine code) and a sentence the customer can
 * read. customer and contract are null when the rule found none.
 */
public record EntitlementDecision(
    EntitlementOutcome outcome, String reasonCode, String reason, Customer customer, Contract contract) {

  public EntitlementDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reason, "reason");
  }

  /** Terms travel with the decision only when the case is worked under them. */
  public boolean carriesTerms() {
    return contract != null
        && (outcome == EntitlementOutcome.ENTITLED || outcome == EntitlementOutcome.QUOTE_REQUIRED);
  }
}
