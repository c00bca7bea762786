package io.supportflow.contracts.application;

import java.util.Optional;

/** The admin API keys of tenants, kept as SHA-256 digests only. */
public interface AdminKeys {

  Optional<String> tenantOf(String apiKey);

  /** Lets the key with this SHA-256 digest (hex) administer the tenant, which must exist. */
  void grant(String tenantId, String keyDigest);
}
