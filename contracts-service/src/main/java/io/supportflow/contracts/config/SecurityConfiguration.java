package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.web.TenantPrincipal;
import io.supportflow.web.ApiKeySecurity;
import io.supportflow.web.ApiKeySecurityConfiguration;
import io.supportflow.web.BodyLimitFilter;
import io.supportflow.web.KeyRole;
import io.supportflow.web.ProblemWebConfiguration;
import io.supportflow.web.SharedApiKeys;
import io.supportflow.web.SharedApiKeysConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The admin API needs an admin key of the tenant, the operator API the operator's key; keys come
 * from the shared key store (configuration and tenants.keys, docs/adr/0012). The controllers are
 * handed the tenant as a {@link TenantPrincipal}. The rest is the web kit's.
 */
@Configuration(proxyBeanMethods = false)
@Import({ApiKeySecurityConfiguration.class, ProblemWebConfiguration.class, SharedApiKeysConfiguration.class})
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, SharedApiKeys keys) throws Exception {
    return ApiKeySecurity.apply(http,
            presented -> keys.holderOf(presented).map(h -> h.withPrincipal(new TenantPrincipal(h.tenantId()))),
            auth -> auth.requestMatchers("/v3/api-docs.yaml").permitAll()
                .requestMatchers("/api/v1/operator/**").hasRole(KeyRole.OPERATOR.name())
                .requestMatchers("/api/v1/admin/**").hasRole(KeyRole.ADMIN.name()))
        .build();
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(ContractsSettings settings) {
    long limit = settings.admin().maxBodySize().toBytes();
    return BodyLimitFilter.registration(request -> limit);
  }
}
