package io.supportflow.intake.config;

import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.domain.Tenant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo tenant of the local stack, with the API key the launcher generated. There is no
 * built-in key: without one the demo refuses to start rather than open an unguarded door.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("supportflow.demo.enabled")
class DemoTenant {

  @Bean
  ApplicationRunner demoTenantRunner(
      MongoTenantDirectory tenants,
      @Value("${supportflow.demo.tenant:acme}") String tenantId,
      @Value("${supportflow.demo.api-key:}") String apiKey) {
    return args -> {
      if (apiKey.length() < 24) {
        throw new IllegalStateException(
            "supportflow.demo.api-key (SUPPORTFLOW_DEMO_API_KEY) must be set to a random key of 24+ characters");
      }
      tenants.save(new Tenant(tenantId, "ACME Support (demo)", tenantId.toUpperCase(Locale.ROOT)), apiKey);
    };
  }
}
