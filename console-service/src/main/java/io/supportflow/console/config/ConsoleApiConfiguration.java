package io.supportflow.console.config;

import io.supportflow.web.ApiKeySecurity;
import io.supportflow.web.ApiKeySecurityConfiguration;
import io.supportflow.web.KeyRole;
import io.supportflow.web.ProblemWebConfiguration;
import io.supportflow.web.SharedApiKeys;
import io.supportflow.web.SharedApiKeysConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The JSON API's security, for /api/** only (the pages have a chain of their own): the shared key
 * store (configuration and tenants.keys, docs/adr/0012), read-only, for a tenant's staff (agent, admin,
 * integration), never a customer key (a search spans every customer; customers list their own
 * cases at intake). The tenant is the key's.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiKeySecurityConfiguration.class, ProblemWebConfiguration.class, SharedApiKeysConfiguration.class})
class ConsoleApiConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain consoleApi(HttpSecurity http, SharedApiKeys keys) throws Exception {
    http.securityMatcher("/api/**");
    return ApiKeySecurity.apply(http, keys, auth -> auth
            .requestMatchers(HttpMethod.GET, "/api/v1/case-views", "/api/v1/case-views/*", "/api/v1/reports/compliance")
            .hasAnyRole(KeyRole.AGENT.name(), KeyRole.ADMIN.name(), KeyRole.INTEGRATION.name()))
        .build();
  }
}
