package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.AdminKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a tenant's administrator by the X-API-Key header; no key, no principal. */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-API-Key";
  private static final int MAX_KEY_LENGTH = 256;

  private final AdminKeys keys;

  public ApiKeyAuthenticationFilter(AdminKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key != null && key.length() <= MAX_KEY_LENGTH) {
      keys.tenantOf(key).ifPresent(tenantId -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              new TenantPrincipal(tenantId), null, List.of(new SimpleGrantedAuthority("ROLE_TENANT_ADMIN")))));
    }
    chain.doFilter(request, response);
  }
}
