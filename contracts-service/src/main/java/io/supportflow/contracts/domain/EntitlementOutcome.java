package io.supportflow.contracts.domain;

/** What a request is owed. Every outcome is answered; none drops the request. */
public enum EntitlementOutcome {
  ENTITLED, QUOTE_REQUIRED, UPGRADE_ASSISTANCE_ONLY, REDIRECTED, NOT_ENTITLED
}
