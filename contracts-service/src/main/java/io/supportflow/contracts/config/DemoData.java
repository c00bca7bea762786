package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantEntries;
import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.AnnounceTenantsAndKeys;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.domain.TenantEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo tenant's policy (see DemoPolicy), so a request from the local stack is decided out of
 * the box. Only with supportflow.demo.enabled; its admin key comes like any other, as a digest in
 * supportflow.security.api-key-digests (the local stack passes it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("supportflow.demo.enabled")
class DemoData {

  @Bean
  ApplicationRunner demoContracts(
      MongoTenantPolicies policies, EditPolicy editPolicy, ClasspathPresetCatalog presets, Clock clock,
      ContractsSettings settings, MongoTenantEntries tenantEntries, AnnounceTenantsAndKeys announce) {
    String tenant = settings.demo().tenant();
    return args -> {
      var demo = DemoPolicy.build(presets, tenant, LocalDate.now(clock));
      policies.createIfAbsent(demo);
      editPolicy.replaceAll(tenant, demo);
      // In the operator's list, and on tenants.directory with the prefix intake's demo numbers with.
      String prefix = tenant.toUpperCase(Locale.ROOT);
      if (prefix.matches("[A-Z][A-Z0-9]{1,9}")) {
        TenantEntry entry = TenantEntry.created(tenant, demo.tenant().name(), demo.tenant().zone(), prefix,
            clock.instant());
        if (tenantEntries.insert(entry)) {
          announce.announce(entry);
        }
      }
    };
  }
}
