package io.supportflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates by API key: the X-API-Key header, or {@code Authorization: Bearer <key>} for
 * senders that only speak bearer tokens (Alertmanager's http_config). No key or an unknown one,
 * no principal (the security rules answer 401); the holder's roles become its authorities.
 */
public final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";
  private static final int MAX_KEY_LENGTH = 256;

  private final ApiKeys keys;

  public ApiKeyAuthenticationFilter(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = key(request);
    if (key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
      keys.holderOf(key).ifPresent(holder -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(holder.principal(), null,
              holder.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())));
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
