package io.supportflow.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security every service with an API shares: stateless (no session, no CSRF token to carry),
 * authenticated by {@link ApiKeyAuthenticationFilter}; health probes, the API description and the
 * error page open (Kubernetes and API clients call them unauthenticated); then the service's own
 * rules; everything else refused. 401 and 403 are problem+json.
 */
public final class ApiKeySecurity {

  private ApiKeySecurity() {}

  /** The shared part; the caller may add filters (e.g. a rate limit after authentication) and builds. */
  public static HttpSecurity apply(HttpSecurity http, ApiKeys keys,
      Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules) {
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> {
          // The probes; the actuator lives on the management port (not routed publicly), where
          // this chain applies too, so Prometheus scrapes without a key.
          auth.requestMatchers("/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/error").permitAll()
              .requestMatchers("/actuator/prometheus").permitAll()
              .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
          rules.customize(auth);
          auth.anyRequest().denyAll();
        })
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, ex) -> {
              response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"");
              Problems.write(response, 401, "unauthenticated", "Authentication required",
                  "Send an API key in the " + ApiKeyAuthenticationFilter.HEADER + " header (or as a Bearer token).");
            })
            .accessDeniedHandler((request, response, ex) ->
                Problems.write(response, 403, "forbidden", "Forbidden", "This key may not do that.")));
  }

  /** Spring Security's firewall (an encoded slash, a header it refuses) answers in the same shape. */
  static RequestRejectedHandler rejectedRequests() {
    return (request, response, rejected) -> Problems.write(response, HttpStatus.BAD_REQUEST.value(), "rejected",
        "Request rejected", "The request URL or headers are not acceptable.");
  }
}
