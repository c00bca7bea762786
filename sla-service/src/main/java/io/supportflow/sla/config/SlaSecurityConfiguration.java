package io.supportflow.sla.config;

import io.supportflow.sla.adapter.web.ApiKeyAuthentication;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The SLA API needs a tenant key; only the health probes are open. Keys are configured as
 * tenant:sha256-digest pairs; in demo mode the launcher's demo key is accepted for the demo tenant.
 */
@Configuration(proxyBeanMethods = false)
class SlaSecurityConfiguration {

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      @Value("${supportflow.security.api-key-digests:}") List<String> digests,
      @Value("${supportflow.demo.enabled:false}") boolean demo,
      @Value("${supportflow.demo.tenant:acme}") String demoTenant,
      @Value("${supportflow.demo.api-key:}") String demoKey) throws Exception {
    Map<String, String> tenantByDigest = new HashMap<>();
    for (String entry : digests) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || parts[1].length() != 64) {
        throw new IllegalStateException("supportflow.security.api-key-digests entries are tenant:sha256hex, got '" + entry + "'");
      }
      tenantByDigest.put(parts[1].toLowerCase(Locale.ROOT), parts[0]);
    }
    if (demo && demoKey.length() >= 24) {
      tenantByDigest.put(ApiKeyAuthentication.digest(demoKey), demoTenant);
    }
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .addFilterBefore(new ApiKeyAuthentication(tenantByDigest), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
            // The API description is public, like any published API contract.
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/api/**").hasRole("TENANT")
            .anyRequest().denyAll())
        .exceptionHandling(e -> e.authenticationEntryPoint(ApiKeyAuthentication.problemJson()))
        .build();
  }
}
