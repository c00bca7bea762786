package io.supportflow.console.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.ConsoleUser;
import io.supportflow.web.KeyHolder;
import io.supportflow.web.KeyRole;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class RevokedKeySessionsTest {

  private static final SignedIn INES =
      new SignedIn(new ConsoleUser("acme", "ACME", ConsoleUser.Role.AGENT, "ines", "Ines"), "revoked-key");

  /** What a browser accepts when it navigates to a page. */
  private static final String PAGE = "text/html,application/xhtml+xml";

  private final RevokedKeySessions filter = new RevokedKeySessions(presented -> Optional.<KeyHolder>empty());
  private final MockHttpSession session = new MockHttpSession();
  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final MockFilterChain chain = new MockFilterChain();

  @AfterEach
  void forgetWhoIsSignedIn() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void aPageRequestWithARevokedKeyEndsTheSessionAndSaysWhy() throws Exception {
    filter.doFilter(signedInRequest("/queue", PAGE), response, chain);

    assertThat(session.isInvalid()).isTrue();
    assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in?expired");
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void anHtmxSwapIsRefusedAndSentToTheSignInPageWithoutEndingTheSessionFirst() throws Exception {
    MockHttpServletRequest request = signedInRequest("/queue/rows", PAGE);
    request.addHeader("HX-Request", "true");

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("HX-Redirect")).isEqualTo("/sign-in?expired");
    assertThat(session.isInvalid()).isFalse();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
  }

  @Test
  void aLiveStreamReconnectingIsToldToStopWithoutEndingTheSession() throws Exception {
    filter.doFilter(signedInRequest("/queue/events", "text/event-stream"), response, chain);

    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(session.isInvalid()).isFalse();
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void theIconOfThePageGoesOnUnauthenticatedWithoutEndingTheSession() throws Exception {
    filter.doFilter(signedInRequest("/static/favicon.svg", "image/avif,image/webp,image/svg+xml,*/*"), response, chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    assertThat(session.isInvalid()).isFalse();
  }

  @Test
  void theSignInPageItselfIsShownOnceTheSessionIsEnded() throws Exception {
    filter.doFilter(signedInRequest("/sign-in", PAGE), response, chain);

    assertThat(session.isInvalid()).isTrue();
    assertThat(response.getRedirectedUrl()).isNull();
    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  void aLiveKeyPassesThrough() throws Exception {
    RevokedKeySessions live = new RevokedKeySessions(presented -> Optional.of(KeyHolder.of("acme", Set.of(KeyRole.AGENT))));

    live.doFilter(signedInRequest("/queue", PAGE), response, chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(session.isInvalid()).isFalse();
  }

  private MockHttpServletRequest signedInRequest(String uri, String accept) {
    SecurityContextHolder.getContext()
        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(INES, null, java.util.List.of()));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    request.addHeader("Accept", accept);
    request.setSession(session);
    return request;
  }
}
