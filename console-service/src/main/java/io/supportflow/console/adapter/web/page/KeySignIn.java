package io.supportflow.console.adapter.web.page;

import io.supportflow.console.application.IntakeRefusedException;
import io.supportflow.console.application.IntakeUnavailableException;
import io.supportflow.console.application.SignIn;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's key, checked by {@link SignIn} (intake names the holder; wrong keys are
 * throttled per client address). The authenticated principal is the {@code SignedIn} with the key,
 * kept in the server-side session; its authority is the holder's role (ROLE_AGENT, ROLE_CUSTOMER).
 */
public final class KeySignIn implements AuthenticationProvider {

  private final SignIn signIn;

  public KeySignIn(SignIn signIn) {
    this.signIn = signIn;
  }

  @Override
  public Authentication authenticate(Authentication form) throws AuthenticationException {
    String client = form.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    SignIn.Outcome outcome;
    try {
      outcome = signIn.signIn(client, form.getCredentials() == null ? "" : form.getCredentials().toString());
    } catch (IntakeUnavailableException | IntakeRefusedException e) {
      // Intake down, or refusing for another reason than the key (its rate limit): not the person's fault.
      throw new AuthenticationServiceException("intake unavailable", e);
    }
    if (outcome.refused() != null) {
      throw switch (outcome.refused().reason()) {
        case THROTTLED -> new LockedException("too many wrong keys");
        case WRONG_KEY -> new BadCredentialsException("wrong key");
      };
    }
    var signedIn = outcome.signedIn();
    return UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
        List.of(new SimpleGrantedAuthority("ROLE_" + signedIn.user().role().name())));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Back to the form with the reason in words the page knows (never the key). */
  public AuthenticationFailureHandler failures() {
    return (request, response, ex) -> {
      String reason = switch (ex) {
        case LockedException locked -> "throttled";
        case AuthenticationServiceException unavailable -> "unavailable";
        default -> "wrong-key";
      };
      response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
    };
  }
}
