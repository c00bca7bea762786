package io.supportflow.escalation.domain;

/** What contracts-service decided a request is owed. */
public enum EntitlementOutcome {
  ENTITLED, QUOTE_REQUIRED, UPGRADE_ASSISTANCE_ONLY, REDIRECTED, NOT_ENTITLED;

  /** Only these outcomes are worked under the contract's terms, and so owe an escalation. */
  public boolean isWorkedUnderTerms() {
    return this == ENTITLED || this == QUOTE_REQUIRED;
  }
}
