package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.ApiKeyRole;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantEntry;
import io.supportflow.contracts.domain.TenantPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The operator creates a tenant: its entry (zone, case-number prefix) goes out on tenants.directory
 * for intake to number its cases with, it gets an empty policy (its administrator imports one or
 * applies presets), and its first admin key, shown once.
 */
public record OnboardTenant(TenantEntries tenants, TenantPolicies policies, TenantKeys keys,
    AnnounceTenantsAndKeys announce, Clock clock) {

  /** The new tenant and its first admin key. */
  public record Onboarded(TenantEntry tenant, TenantKeys.Issued adminKey) {}

  /** @param adminKeyExpiresAt when the first admin key stops working; null: never */
  public Onboarded create(String tenantId, String name, ZoneId zone, String caseNumberPrefix,
      Instant adminKeyExpiresAt) {
    TenantEntry entry = TenantEntry.created(tenantId, name, zone, caseNumberPrefix, clock.instant());
    if (policies.find(tenantId).isPresent() || !tenants.insert(entry)) {
      throw new ConflictException("Tenant " + tenantId + " exists already.");
    }
    announce.announce(entry);
    policies.createIfAbsent(TenantPolicy.empty(Tenant.named(tenantId, entry.name(), zone)));
    return new Onboarded(entry, keys.issue(tenantId, null, ApiKeyRole.ADMIN, null, adminKeyExpiresAt));
  }

  public List<TenantEntry> list() {
    return tenants.all();
  }
}
