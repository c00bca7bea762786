package io.supportflow.sla.domain;

/** What contracts-service decided a request is owed. */
public enum EntitlementOutcome {
  ENTITLED, QUOTE_REQUIRED, UPGRADE_ASSISTANCE_ONLY, REDIRECTED, NOT_ENTITLED;

  /** Only these outcomes are worked under the contract's terms, so only they run clocks. */
  public boolean isWorkedUnderTerms() {
    return this == ENTITLED || this == QUOTE_REQUIRED;
  }
}
