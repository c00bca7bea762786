package io.supportflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security of a service whose API a tenant reaches with its X-API-Key: every /api endpoint
 * needs a key and the caller's name is its tenant; health probes and the API description are open
 * (Kubernetes and API clients call them unauthenticated); everything else is refused. Stateless,
 * so no session and no CSRF token; a missing key is a 401 problem+json.
 */
public final class TenantKeySecurity {

  public static final String HEADER = "X-API-Key";

  private TenantKeySecurity() {}

  public static SecurityFilterChain chain(HttpSecurity http, TenantKeys keys) throws Exception {
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .addFilterBefore(new KeyFilter(keys), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/api/**").hasRole("TENANT")
            .anyRequest().denyAll())
        .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> unauthenticated(response)))
        .build();
  }

  private static void unauthenticated(HttpServletResponse response) throws IOException {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        {"type":"https://supportflow.io/problems/unauthenticated","title":"Authentication required",\
        "status":401,"detail":"Send the tenant's API key in the X-API-Key header."}""");
  }

  private static final class KeyFilter extends OncePerRequestFilter {

    private final TenantKeys keys;

    KeyFilter(TenantKeys keys) {
      this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      keys.tenantOf(request.getHeader(HEADER)).ifPresent(tenant ->
          SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
              tenant, null, List.of(new SimpleGrantedAuthority("ROLE_TENANT")))));
      chain.doFilter(request, response);
    }
  }
}
