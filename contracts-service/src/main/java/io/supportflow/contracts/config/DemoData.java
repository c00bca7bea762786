package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.EditPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo tenant's policy (see DemoPolicy), so a request from the local stack is decided out of
 * the box, and its admin key: supportflow.demo.admin-api-key, else the demo's portal key (demo
 * only). Without either the admin API stays closed for the demo tenant. Only with
 * supportflow.demo.enabled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("supportflow.demo.enabled")
class DemoData {

  private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

  @Bean
  ApplicationRunner demoContracts(
      MongoTenantPolicies policies, EditPolicy editPolicy, ClasspathPresetCatalog presets, Clock clock,
      @Value("${supportflow.demo.tenant:acme}") String tenant,
      @Value("${supportflow.demo.admin-api-key:}") String adminKey,
      @Value("${supportflow.demo.api-key:}") String portalKey) {
    return args -> {
      var demo = DemoPolicy.build(presets, tenant, LocalDate.now(clock));
      policies.createIfAbsent(demo);
      editPolicy.replaceAll(tenant, demo);
      String key = adminKey.isBlank() ? portalKey : adminKey;
      if (key.length() >= 24) {
        policies.grant(tenant, MongoTenantPolicies.digest(key));
      } else {
        LOG.log(Level.WARNING, "No demo admin key of 24+ characters (SUPPORTFLOW_DEMO_ADMIN_API_KEY or"
            + " SUPPORTFLOW_DEMO_API_KEY): the admin API stays closed for tenant " + tenant);
      }
    };
  }
}
