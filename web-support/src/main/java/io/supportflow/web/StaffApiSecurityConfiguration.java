package io.supportflow.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of an API for a tenant's staff and systems (sla's clocks and compliance report,
 * escalation's walks): agent, admin and integration keys of the shared key store (configuration and
 * the tenants.keys topic, {@link SharedApiKeysConfiguration}); never a customer key, since these
 * answers span every customer of the tenant.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiKeySecurityConfiguration.class, SharedApiKeysConfiguration.class})
public class StaffApiSecurityConfiguration {

  @Bean
  SecurityFilterChain staffApi(HttpSecurity http, SharedApiKeys keys) throws Exception {
    return ApiKeySecurity.apply(http, keys, auth -> auth
            .requestMatchers("/api/**").hasAnyRole(KeyRole.AGENT.name(), KeyRole.ADMIN.name(), KeyRole.INTEGRATION.name()))
        .build();
  }
}
