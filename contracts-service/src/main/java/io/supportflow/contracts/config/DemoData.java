package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.EditPolicy;
import java.time.Clock;
import java.time.LocalDate;
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
      ContractsSettings settings) {
    String tenant = settings.demo().tenant();
    return args -> {
      var demo = DemoPolicy.build(presets, tenant, LocalDate.now(clock));
      policies.createIfAbsent(demo);
      editPolicy.replaceAll(tenant, demo);
    };
  }
}
