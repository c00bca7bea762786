package io.supportflow.intake.application;

import io.supportflow.intake.domain.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The tenants as last read, for a short while: every request that opens a case asks for its
 * tenant, whose name and case-number prefix change a few times a year. A change applies within
 * {@code freshFor} on every instance.
 */
public final class RememberedTenants implements TenantDirectory {

  private final TenantDirectory stored;
  private final Remembered<String, Tenant> byId;

  public RememberedTenants(TenantDirectory stored, Duration freshFor, Clock clock) {
    this.stored = stored;
    this.byId = new Remembered<>(freshFor, clock);
  }

  @Override
  public Optional<Tenant> byId(String tenantId) {
    return byId.get(tenantId, stored::byId);
  }

  @Override
  public Optional<Tenant> byApiKey(String apiKey) {
    return stored.byApiKey(apiKey);
  }
}
