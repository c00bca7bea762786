package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.web.ApiKeyAuthenticationFilter;
import io.supportflow.contracts.adapter.web.ProblemWriter;
import io.supportflow.web.BodyLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.unit.DataSize;

/**
 * The admin API needs a tenant's admin key; only the health probes and the OpenAPI description
 * (JSON and UI) are open. Stateless, so no session and no CSRF token to carry.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, MongoTenantPolicies adminKeys,
      @Value("${supportflow.admin.max-body-size:1MB}") DataSize maxBody) throws Exception {
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new BodyLimitFilter(request -> maxBody.toBytes()), SecurityContextHolderFilter.class)
        .addFilterBefore(new ApiKeyAuthenticationFilter(adminKeys), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
            .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers("/api/v1/admin/**").hasRole("TENANT_ADMIN")
            .anyRequest().denyAll())
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemWriter.unauthenticated())
            .accessDeniedHandler(ProblemWriter.forbidden()))
        .build();
  }
}
