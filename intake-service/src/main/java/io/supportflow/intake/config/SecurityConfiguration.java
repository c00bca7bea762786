package io.supportflow.intake.config;

import io.supportflow.intake.adapter.web.ApiKeyAuthenticationFilter;
import io.supportflow.intake.adapter.web.ProblemWriter;
import io.supportflow.intake.application.TenantDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every API endpoint needs a tenant's key; only the health probes are open (Kubernetes calls
 * them unauthenticated). Stateless, so no session and no CSRF token to carry.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, TenantDirectory tenants) throws Exception {
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new ApiKeyAuthenticationFilter(tenants), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers("/api/**").hasRole("TENANT_INTEGRATION")
            .anyRequest().denyAll())
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemWriter.unauthenticated())
            .accessDeniedHandler(ProblemWriter.forbidden()))
        .build();
  }
}
