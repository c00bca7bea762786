package io.supportflow.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of an API for a tenant's staff and systems (sla's clocks and compliance report,
 * escalation's walks): agent, admin and integration keys from {@code supportflow.security.api-key-digests};
 * never a customer key, since these answers span every customer of the tenant.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiKeySecurityConfiguration.class)
public class StaffApiSecurityConfiguration {

  @Bean
  SecurityFilterChain staffApi(HttpSecurity http,
      @Value("${supportflow.security.api-key-digests:}") List<String> digests) throws Exception {
    return ApiKeySecurity.apply(http, ConfiguredApiKeys.parse(digests), auth -> auth
            .requestMatchers("/api/**").hasAnyRole(KeyRole.AGENT.name(), KeyRole.ADMIN.name(), KeyRole.INTEGRATION.name()))
        .build();
  }
}
