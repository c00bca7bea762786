package io.supportflow.console.application;

import io.supportflow.console.domain.ConsoleUser;
import io.supportflow.console.domain.SignInThrottle;
import java.time.Duration;
import java.util.Optional;

/**
 * Exchanges a person's own intake key for a console identity: intake names the holder; integration
 * keys are refused (they are no person's); repeated wrong keys from one client are throttled
 * before intake is asked.
 */
public record SignIn(Intake intake, SignInThrottle throttle) {

  private static final int MAX_KEY_LENGTH = 256;

  /** Why a sign-in was refused; {@code retryAfter} only when throttled. */
  public record Refused(Reason reason, Duration retryAfter) {}

  public enum Reason { WRONG_KEY, THROTTLED }

  /** Either who signed in or why not. */
  public record Outcome(SignedIn signedIn, Refused refused) {}

  public Outcome signIn(String client, String key) {
    Optional<Duration> wait = throttle.refusedFor(client);
    if (wait.isPresent()) {
      return new Outcome(null, new Refused(Reason.THROTTLED, wait.get()));
    }
    String presented = key == null ? "" : key.strip();
    Optional<ConsoleUser> user = presented.isEmpty() || presented.length() > MAX_KEY_LENGTH
        ? Optional.empty() : intake.whoAmI(presented);
    if (user.isEmpty()) {
      throttle.failed(client);
      return new Outcome(null, new Refused(Reason.WRONG_KEY, null));
    }
    throttle.succeeded(client);
    return new Outcome(new SignedIn(user.get(), presented), null);
  }
}
