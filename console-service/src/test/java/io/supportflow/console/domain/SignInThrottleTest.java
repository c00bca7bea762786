package io.supportflow.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T08:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5), 2, clock);

  @Test
  void aClientIsRefusedAfterTooManyWrongKeysUntilTheOldestLeavesTheWindow() {
    throttle.failed("10.0.0.1");
    clock.advance(Duration.ofMinutes(1));
    throttle.failed("10.0.0.1");
    throttle.failed("10.0.0.1");

    assertThat(throttle.refusedFor("10.0.0.1")).contains(Duration.ofMinutes(4));
    assertThat(throttle.refusedFor("10.0.0.2")).isEmpty();

    clock.advance(Duration.ofMinutes(4));
    assertThat(throttle.refusedFor("10.0.0.1")).isEmpty();
  }

  @Test
  void aSuccessfulSignInForgetsTheClientsFailures() {
    throttle.failed("10.0.0.1");
    throttle.failed("10.0.0.1");
    throttle.succeeded("10.0.0.1");
    throttle.failed("10.0.0.1");
    throttle.failed("10.0.0.1");

    assertThat(throttle.refusedFor("10.0.0.1")).isEmpty();
  }

  @Test
  void itRemembersAtMostTheConfiguredNumberOfClients() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("10.0.0.1");
      throttle.failed("10.0.0.2");
    }
    throttle.failed("10.0.0.3");

    assertThat(throttle.refusedFor("10.0.0.1")).isEmpty();
    assertThat(throttle.refusedFor("10.0.0.2")).isPresent();
  }
}
