package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

  private final RestartBackoff backoff = RestartBackoff.localStack();

  @Test
  void thePauseDoublesWithEveryExitInARowUpToTheCap() {
    Duration quickly = Duration.ofSeconds(2);

    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(8));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(16));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.afterExit(quickly)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aChildThatRanForAMinuteStartsAgainAfterTheShortestPause() {
    backoff.afterExit(Duration.ZERO);
    backoff.afterExit(Duration.ZERO);
    backoff.afterExit(Duration.ZERO);

    assertThat(backoff.afterExit(Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.exitsInARow()).isEqualTo(1);
  }

  @Test
  void aCapBelowTheFirstPauseIsRefused() {
    assertThatThrownBy(() -> new RestartBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
