package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.observability.health.KafkaBrokerHealthIndicator;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The broker check against the test stack's broker, against nothing at all, and its cached answer. */
class KafkaBrokerHealthIndicatorTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void aBrokerThatAnswersIsUpWithItsCluster() throws Exception {
    against(TestStack.shared().kafkaBootstrapServers(), indicator -> {
      Health health = indicator.health();

      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsKey("clusterId").containsEntry("nodes", 1);
    });
  }

  @Test
  void anUnreachableBrokerIsDownWithinTheTimeout() throws Exception {
    against("localhost:" + closedPort(), indicator -> {
      long started = System.nanoTime();
      Health health = indicator.health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    });
  }

  @Test
  void theAnswerIsReusedForFiveSecondsSoProbesDoNotHammerTheBroker() throws Exception {
    against("localhost:" + closedPort(), indicator -> {
      Health first = indicator.health();

      clock.advance(Duration.ofSeconds(4));
      assertThat(indicator.health()).isSameAs(first);
      clock.advance(Duration.ofSeconds(1));
      assertThat(indicator.health()).isNotSameAs(first);
    });
  }

  /** A check against a fresh indicator, whose admin client is closed afterwards, pass or fail. */
  private void against(String bootstrapServers, Check check) throws Exception {
    var indicator = indicator(bootstrapServers);
    try {
      check.on(indicator);
    } finally {
      indicator.destroy();
    }
  }

  private interface Check {
    void on(KafkaBrokerHealthIndicator indicator) throws Exception;
  }

  private KafkaBrokerHealthIndicator indicator(String bootstrapServers) {
    return new KafkaBrokerHealthIndicator(Map.of("bootstrap.servers", bootstrapServers),
        Duration.ofMillis(2_500), Duration.ofSeconds(5), clock);
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
