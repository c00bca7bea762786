package io.supportflow.contracts.domain;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One named rule of the entitlement decision: its reason code, when it applies, and the decision
 * (outcome and the sentence the customer reads) it then takes. The first rule that applies decides.
 * The sentence ends by saying what the rules asked so far read from the request's text rather than
 * from what the channel stated ({@link EntitlementQuestion#explained}).
 */
record EntitlementRule(
    String code, Predicate<EntitlementQuestion> appliesTo, Function<EntitlementQuestion, EntitlementDecision> decision) {

  /** A rule about the sender, taken before any contract is looked at: the decision names none. */
  static EntitlementRule refusingSender(String code, EntitlementOutcome outcome, Predicate<EntitlementQuestion> appliesTo,
      Function<EntitlementQuestion, String> reason) {
    return new EntitlementRule(code, appliesTo, q ->
        new EntitlementDecision(outcome, code, q.explained(reason), q.customerId(), null, null, null, q.readLanguage()));
  }

  /** A rule that turns the request away (or elsewhere) under its contract: no terms, no quota. */
  static EntitlementRule refusing(String code, EntitlementOutcome outcome, Predicate<EntitlementQuestion> appliesTo,
      Function<EntitlementQuestion, String> reason) {
    return new EntitlementRule(code, appliesTo, q ->
        new EntitlementDecision(outcome, code, q.explained(reason), q.customerId(), q.contractId(), null, null,
            q.readLanguage()));
  }

  /** A rule that serves the request under its contract's terms (entitled, or on a quote). */
  static EntitlementRule serving(String code, EntitlementOutcome outcome, Predicate<EntitlementQuestion> appliesTo,
      Function<EntitlementQuestion, String> reason) {
    return new EntitlementRule(code, appliesTo, q -> new EntitlementDecision(outcome, code, q.explained(reason),
        q.customerId(), q.contractId(), q.terms(), outcome == EntitlementOutcome.ENTITLED ? q.quotaPeriod() : null,
        q.readLanguage()));
  }
}
