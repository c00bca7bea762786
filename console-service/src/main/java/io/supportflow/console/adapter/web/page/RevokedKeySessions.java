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
 * sign-in is refused there and then. Only a page request ends the session and shows the sign-in
 * page with the reason; a background request (an htmx swap, a live stream reconnecting, the page's
 * icon) is only refused, so it cannot end the session first and leave the person at a sign-in page
 * that does not say why.
 */
public final class RevokedKeySessions extends OncePerRequestFilter {

  private static final String ENDED_PAGE = "/sign-in?expired";

  private final ApiKeys keys;

  public RevokedKeySessions(ApiKeys keys) {
    this.keys = keys;
  }

  /**
   * Answers an htmx request that may not go on with 401 and the header htmx follows to the sign-in
   * page (it would otherwise swap that page into the one shown); false for any other request.
   */
  public static boolean sentHtmxToSignIn(HttpServletRequest request, HttpServletResponse response) {
    if (!"true".equals(request.getHeader("HX-Request"))) {
      return false;
    }
    response.setHeader("HX-Redirect", ENDED_PAGE);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!(auth != null && auth.getPrincipal() instanceof SignedIn who && keys.holderOf(who.key()).isEmpty())) {
      chain.doFilter(request, response);
      return;
    }
    SecurityContextHolder.clearContext();
    // htmx follows the redirect header to the sign-in page, whose request then ends the session.
    if (sentHtmxToSignIn(request, response)) {
      return;
    }
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/event-stream")) {
      // 204 tells an EventSource to stop reconnecting.
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (accept == null || !accept.contains("text/html")) {
      // A stylesheet, icon or API call of the page goes on unauthenticated: the rules decide.
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if ((request.getContextPath() + "/sign-in").equals(request.getRequestURI())) {
      chain.doFilter(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + ENDED_PAGE);
    }
  }
}
