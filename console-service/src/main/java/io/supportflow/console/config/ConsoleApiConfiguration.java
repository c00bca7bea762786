package io.supportflow.console.config;

import io.supportflow.web.ApiKeySecurity;
import io.supportflow.web.ApiKeySecurityConfiguration;
import io.supportflow.web.ConfiguredApiKeys;
import io.supportflow.web.KeyRole;
import io.supportflow.web.ProblemWebConfiguration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The JSON API's security, for /api/** only (the pages have a chain of their own): the kit's API
 * keys from supportflow.security.api-key-digests, read-only, for a tenant's staff (agent, admin,
 * integration), never a customer key (a search spans every customer; customers list their own
 * cases at intake). The tenant is the key's.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiKeySecurityConfiguration.class, ProblemWebConfiguration.class})
class ConsoleApiConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain consoleApi(HttpSecurity http,
      @Value("${supportflow.security.api-key-digests:}") List<String> digests) throws Exception {
    http.securityMatcher("/api/**");
    return ApiKeySecurity.apply(http, ConfiguredApiKeys.parse(digests), auth -> auth
            .requestMatchers(HttpMethod.GET, "/api/v1/case-views", "/api/v1/case-views/*", "/api/v1/reports/compliance")
            .hasAnyRole(KeyRole.AGENT.name(), KeyRole.ADMIN.name(), KeyRole.INTEGRATION.name()))
        .build();
  }
}
