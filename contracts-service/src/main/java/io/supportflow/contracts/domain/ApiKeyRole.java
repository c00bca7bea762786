package io.supportflow.contracts.domain;

/** What an issued key may do at its tenant: the same four words every service's security knows. */
public enum ApiKeyRole {
  /** Opens requests, forwards mail and alerts, reads clocks. */
  INTEGRATION,
  /** Reads and answers its own customer's cases only. */
  CUSTOMER,
  /** Works the tenant's cases. */
  AGENT,
  /** Edits the tenant's policy and its keys. */
  ADMIN
}
