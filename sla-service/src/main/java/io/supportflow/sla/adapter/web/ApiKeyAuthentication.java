package io.supportflow.sla.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a tenant by the SHA-256 digest of its X-API-Key, against digests given in
 * configuration (a Kubernetes secret), so no key is ever stored in clear.
 */
public final class ApiKeyAuthentication extends OncePerRequestFilter {

  public static final String HEADER = "X-API-Key";

  private final Map<String, String> tenantByDigest;

  public ApiKeyAuthentication(Map<String, String> tenantByDigest) {
    this.tenantByDigest = Map.copyOf(tenantByDigest);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key != null && key.length() <= 256) {
      String tenant = tenantByDigest.get(digest(key));
      if (tenant != null) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            tenant, null, List.of(new SimpleGrantedAuthority("ROLE_TENANT"))));
      }
    }
    chain.doFilter(request, response);
  }

  public static String digest(String apiKey) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static AuthenticationEntryPoint problemJson() {
    return (request, response, ex) -> {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("""
          {"type":"https://supportflow.io/problems/unauthenticated","title":"Authentication required",\
          "status":401,"detail":"Send the tenant's API key in the X-API-Key header."}""");
    };
  }
}
