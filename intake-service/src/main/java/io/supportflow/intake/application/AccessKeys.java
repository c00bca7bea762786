package io.supportflow.intake.application;

import java.util.Optional;

/**
 * The keys that open the API, each bound to one tenant and one role: a tenant's integration
 * (opens requests, forwards mail and alerts), a customer (reads and answers its own cases) or a
 * support engineer (acts on the tenant's cases). Only digests are stored.
 */
public interface AccessKeys {

  enum Role { INTEGRATION, CUSTOMER, AGENT }

  /**
   * @param subject the customer id or agent id; the tenant id for an integration key
   * @param credentialId a stable, non-secret id of the key (its digest), for rate limits
   * @param ratePerMinute this key's own request limit, or null for the desk's default
   */
  record Caller(String tenantId, Role role, String subject, String credentialId, Integer ratePerMinute) {}

  Optional<Caller> byKey(String key);
}
