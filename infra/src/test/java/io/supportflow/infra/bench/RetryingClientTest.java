package io.supportflow.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryingClientTest {

  @Test
  void theChaosClientWaitsLongerAfterEachFailedAttemptUpToSixteenSeconds() {
    assertThat(IntStream.rangeClosed(2, 8).mapToObj(RetryingClient::pauseBefore).map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 16L, 16L);
  }
}
