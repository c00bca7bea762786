package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.contracts.domain.TenantEntry;

/** Puts a tenant's entry on tenants.directory and a key's state on tenants.keys; throws when the broker refuses. */
public interface TenantAnnouncer {

  void announce(TenantEntry entry);

  void announce(IssuedKey key);
}
