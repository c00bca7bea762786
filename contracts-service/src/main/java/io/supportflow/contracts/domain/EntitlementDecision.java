package io.supportflow.contracts.domain;

import java.util.Objects;

/**
 * The outcome, the rule that decided it (a stable machine code) and a sentence the customer can
 * read. customerId and contractId are null when the rule found none; terms travel only when the
 * case is worked under them; quotaPeriod is set when an entitled case still has to take a slot of
 * the contract's case quota. language is the one the request was read in (stated, else guessed
 * from its text), null when neither says. productId and productName name the product of the tenant's
 * catalogue the request is about (stated, or read from its text), null when none was identified.
 */
public record EntitlementDecision(
    EntitlementOutcome outcome,
    String reasonCode,
    String reason,
    String customerId,
    String contractId,
    EntitledTerms terms,
    CaseQuota.QuotaPeriod quotaPeriod,
    String language,
    String productId,
    String productName) {

  public EntitlementDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Whether this decision tells the case something else than the one in force: another outcome,
   * another rule (reason code) or other terms. Only the wording changed (say the priority named in
   * the reason) is no change, so a re-decision like that is not published.
   */
  public boolean differsFrom(EntitlementDecision inForce) {
    return outcome != inForce.outcome() || !reasonCode.equals(inForce.reasonCode())
        || !Objects.equals(terms, inForce.terms());
  }

  /** A decision that names no product (the rules decide without it; {@link #withProduct} adds it). */
  public EntitlementDecision(EntitlementOutcome outcome, String reasonCode, String reason, String customerId,
      String contractId, EntitledTerms terms, CaseQuota.QuotaPeriod quotaPeriod, String language) {
    this(outcome, reasonCode, reason, customerId, contractId, terms, quotaPeriod, language, null, null);
  }

  /** The same decision, naming the product the request is about (null: none identified). */
  public EntitlementDecision withProduct(String id, String name) {
    return new EntitlementDecision(outcome, reasonCode, reason, customerId, contractId, terms, quotaPeriod, language,
        id, name);
  }

  public boolean carriesTerms() {
    return terms != null;
  }
}
