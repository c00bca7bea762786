package io.supportflow.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.ConsoleUser;
import io.supportflow.console.domain.SignInThrottle;
import io.supportflow.infra.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignInTest {

  private static final ConsoleUser OLAF = new ConsoleUser("acme", "ACME", ConsoleUser.Role.AGENT, "olaf", "olaf");

  private final AtomicInteger asked = new AtomicInteger();
  private final Intake intake = new Intake() {
    @Override
    public Optional<ConsoleUser> whoAmI(String key) {
      asked.incrementAndGet();
      return key.equals("olafs-own-key") ? Optional.of(OLAF) : Optional.empty();
    }

    @Override
    public void act(String key, String caseNumber, CaseAction action) {}

    @Override
    public void reply(String key, String caseNumber, String message) {}

    @Override
    public String openRequest(String key, NewRequest request) {
      return null;
    }
  };
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
  private final SignIn signIn = new SignIn(intake, new SignInThrottle(2, Duration.ofMinutes(5), 100, clock));

  @Test
  void theKeyIntakeNamesSignsInAndIsKeptWithTheUserButNeverPrinted() {
    SignIn.Outcome outcome = signIn.signIn("10.0.0.1", "  olafs-own-key ");

    assertThat(outcome.signedIn()).isEqualTo(new SignedIn(OLAF, "olafs-own-key"));
    assertThat(outcome.signedIn().toString()).doesNotContain("olafs-own-key");
  }

  @Test
  void afterTooManyWrongKeysTheClientWaitsWithoutIntakeBeingAsked() {
    assertThat(signIn.signIn("10.0.0.1", "guess-1").refused().reason()).isEqualTo(SignIn.Reason.WRONG_KEY);
    assertThat(signIn.signIn("10.0.0.1", "guess-2").refused().reason()).isEqualTo(SignIn.Reason.WRONG_KEY);

    SignIn.Outcome throttled = signIn.signIn("10.0.0.1", "olafs-own-key");

    assertThat(throttled.refused()).isEqualTo(new SignIn.Refused(SignIn.Reason.THROTTLED, Duration.ofMinutes(5)));
    assertThat(asked).hasValue(2);
  }

  @Test
  void anEmptyOrOverlongKeyIsWrongWithoutAskingIntake() {
    assertThat(signIn.signIn("10.0.0.2", "").refused().reason()).isEqualTo(SignIn.Reason.WRONG_KEY);
    assertThat(signIn.signIn("10.0.0.3", "k".repeat(257)).refused().reason()).isEqualTo(SignIn.Reason.WRONG_KEY);
    assertThat(asked).hasValue(0);
  }
}
