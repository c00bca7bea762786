package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.web.KeyRole;
import io.supportflow.web.SharedApiKeys;
import java.time.ZoneOffset;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A tenant that has an admin key in configuration but no policy yet starts with an empty policy
 * to import, so its administrator can begin at once. (Tenants created through the operator API get
 * theirs from OnboardTenant.)
 */
@Configuration(proxyBeanMethods = false)
class AdminKeyProvisioning {

  @Bean
  ApplicationRunner tenantsOfAdminKeys(MongoTenantPolicies policies, SharedApiKeys keys) {
    return args -> keys.configured().tenantsWith(KeyRole.ADMIN).forEach(tenant ->
        policies.createIfAbsent(TenantPolicy.empty(Tenant.named(tenant, tenant, ZoneOffset.UTC))));
  }
}
