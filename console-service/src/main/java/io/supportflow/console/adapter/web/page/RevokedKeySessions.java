package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.SignedIn;
import io.supportflow.web.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session lives only as long as the key it was opened with: at every page or live-update request
 * the key is looked up in the shared key store (docs/adr/0012), and a key revoked or expired since
 * sign-in ends the session there and then: back to the sign-in page (htmx follows HX-Redirect).
 */
public final class RevokedKeySessions extends OncePerRequestFilter {

  private final ApiKeys keys;

  public RevokedKeySessions(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof SignedIn who && keys.holderOf(who.key()).isEmpty()) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
      if ("true".equals(request.getHeader("HX-Request"))) {
        response.setHeader("HX-Redirect", "/sign-in?expired");
        response.setStatus(401);
      } else {
        response.sendRedirect(request.getContextPath() + "/sign-in?expired");
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
