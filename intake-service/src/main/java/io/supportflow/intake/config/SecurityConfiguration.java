package io.supportflow.intake.config;

import io.supportflow.intake.adapter.web.ApiKeyAuthenticationFilter;
import io.supportflow.intake.adapter.web.ProblemWriter;
import io.supportflow.intake.adapter.web.RateLimitFilter;
import io.supportflow.intake.application.AccessKeys;
import io.supportflow.web.BodyLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.util.unit.DataSize;

/**
 * Who may call what. Integration keys open requests and forward mail and alerts; customer keys
 * open, read and answer their own cases; agent keys act on the tenant's cases. Phone webhooks carry
 * no key: their signature is checked per tenant by the controller. Health probes and the API docs
 * are open. Stateless, so no session and no CSRF token to carry.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String INTEGRATION = "INTEGRATION";
  private static final String CUSTOMER = "CUSTOMER";
  private static final String AGENT = "AGENT";

  @Bean
  SecurityFilterChain api(HttpSecurity http, AccessKeys keys,
      @Value("${supportflow.intake.rate-limit.per-minute:300}") int perMinute) throws Exception {
    ApiKeyAuthenticationFilter authentication = new ApiKeyAuthenticationFilter(keys);
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(authentication, AnonymousAuthenticationFilter.class)
        .addFilterAfter(new RateLimitFilter(perMinute), ApiKeyAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/phone/**").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/requests").hasAnyRole(INTEGRATION, CUSTOMER)
            .requestMatchers(HttpMethod.POST, "/api/v1/inbound-mail", "/api/v1/alerts").hasRole(INTEGRATION)
            .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/replies").hasRole(CUSTOMER)
            .requestMatchers(HttpMethod.GET, "/api/v1/cases/*").hasAnyRole(CUSTOMER, AGENT)
            .requestMatchers("/api/v1/agent/**").hasRole(AGENT)
            .requestMatchers("/api/**").authenticated()
            .anyRequest().denyAll())
        .exceptionHandling(e -> e
            .authenticationEntryPoint(ProblemWriter.unauthenticated())
            .accessDeniedHandler(ProblemWriter.forbidden()))
        .build();
  }

  /** Before everything else, security included: an oversized body is refused unread. */
  @Bean
  FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
      @Value("${supportflow.intake.max-body-size:256KB}") DataSize jsonLimit,
      @Value("${supportflow.intake.mail.max-size:10MB}") DataSize mailLimit) {
    FilterRegistrationBean<BodyLimitFilter> registration =
        new FilterRegistrationBean<>(new BodyLimitFilter(
            // Raw mail may be larger than JSON.
            request -> request.getRequestURI().startsWith("/api/v1/inbound-mail") ? mailLimit.toBytes() : jsonLimit.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
