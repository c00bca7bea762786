package io.supportflow.intake.config;

import io.supportflow.intake.adapter.web.CallerPrincipal;
import io.supportflow.intake.adapter.web.RateLimitFilter;
import io.supportflow.intake.application.AccessKeys;
import io.supportflow.web.ApiKeyAuthenticationFilter;
import io.supportflow.web.ApiKeySecurity;
import io.supportflow.web.ApiKeySecurityConfiguration;
import io.supportflow.web.ApiKeys;
import io.supportflow.web.BodyLimitFilter;
import io.supportflow.web.KeyHolder;
import io.supportflow.web.KeyRole;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Integration keys open requests and forward mail and alerts; customer keys
 * open, read and answer their own cases; agent keys act on the tenant's cases. Phone webhooks carry
 * no key: their signature is checked per tenant by the controller. Keys live in intake's own store
 * (tenants and keys in MongoDB); the rest is the web kit's {@link ApiKeySecurity}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ApiKeySecurityConfiguration.class)
class SecurityConfiguration {

  private static final String INTEGRATION = KeyRole.INTEGRATION.name();
  private static final String CUSTOMER = KeyRole.CUSTOMER.name();
  private static final String AGENT = KeyRole.AGENT.name();

  @Bean
  SecurityFilterChain api(HttpSecurity http, AccessKeys keys, IntakeSettings settings)
      throws Exception {
    return ApiKeySecurity.apply(http, holders(keys), auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/v1/phone/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/requests").hasAnyRole(INTEGRATION, CUSTOMER)
            .requestMatchers(HttpMethod.POST, "/api/v1/inbound-mail", "/api/v1/alerts").hasRole(INTEGRATION)
            .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/replies").hasRole(CUSTOMER)
            .requestMatchers(HttpMethod.GET, "/api/v1/cases").hasRole(CUSTOMER)
            .requestMatchers(HttpMethod.GET, "/api/v1/cases/*", "/api/v1/cases/*/attachments/*")
                .hasAnyRole(CUSTOMER, AGENT)
            .requestMatchers(HttpMethod.PUT, "/api/v1/customers/*/contacts").hasRole(INTEGRATION)
            .requestMatchers("/api/v1/agent/**").hasRole(AGENT)
            .requestMatchers("/api/**").authenticated())
        .addFilterAfter(new RateLimitFilter(settings.rateLimit().perMinute()), ApiKeyAuthenticationFilter.class)
        .build();
  }

  /** Intake's store behind the kit's port; the controllers are handed the caller with its customer or agent id. */
  private static ApiKeys holders(AccessKeys keys) {
    return presented -> keys.byKey(presented).map(caller -> new KeyHolder(caller.tenantId(),
        Set.of(KeyRole.valueOf(caller.role().name())), new CallerPrincipal(caller)));
  }

  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(IntakeSettings settings) {
    long jsonLimit = settings.maxBodySize().toBytes();
    long mailLimit = settings.mail().maxSize().toBytes();
    // Raw mail may be larger than JSON.
    return BodyLimitFilter.registration(request ->
        request.getRequestURI().startsWith("/api/v1/inbound-mail") ? mailLimit : jsonLimit);
  }
}
