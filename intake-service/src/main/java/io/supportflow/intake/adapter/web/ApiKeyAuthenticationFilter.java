package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.AccessKeys;
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

/**
 * Authenticates by API key: the X-API-Key header, or {@code Authorization: Bearer <key>} for
 * senders that only speak bearer tokens (Alertmanager's http_config). No key, no principal; the
 * key's role becomes the one authority the security rules check.
 */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";
  private static final int MAX_KEY_LENGTH = 256;

  private final AccessKeys keys;

  public ApiKeyAuthenticationFilter(AccessKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    if (key != null && key.length() <= MAX_KEY_LENGTH) {
      keys.byKey(key).ifPresent(caller -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              new CallerPrincipal(caller), null,
              List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())))));
    }
    chain.doFilter(request, response);
  }

  private static String key(HttpServletRequest request) {
    String key = request.getHeader(HEADER);
    if (key != null) {
      return key;
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return authorization.substring(BEARER.length()).strip();
    }
    return null;
  }
}
