package io.supportflow.intake.application;

import io.supportflow.intake.domain.Tenant;
import java.util.Optional;

/** The tenants of this desk and the API keys that authenticate them. */
public interface TenantDirectory {

  Optional<Tenant> byId(String tenantId);

  Optional<Tenant> byApiKey(String apiKey);
}
