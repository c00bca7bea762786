package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.observability.health.MongoPingHealthIndicator;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The Mongo health check over the wire server the local stack runs, and against nothing at all. */
class MongoPingHealthIndicatorTest {

  @Test
  void theWireServerAnswersPingSoMongoIsUp() {
    try (MongoWireServer server = MongoWireServer.inMemory("localhost", 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      var health = new MongoPingHealthIndicator(client, Duration.ofSeconds(3)).health();

      assertThat(health.getStatus()).isEqualTo(Status.UP);
    }
  }

  @Test
  void anUnreachableMongoIsDownWithinTheTimeout() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MongoClientSettings settings = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString("mongodb://localhost:" + closedPort))
        .applyToClusterSettings(c -> c.serverSelectionTimeout(30, TimeUnit.SECONDS))
        .build();
    try (MongoClient client = MongoClients.create(settings)) {
      long started = System.nanoTime();
      var health = new MongoPingHealthIndicator(client, Duration.ofSeconds(1)).health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      // The check's own timeout wins over the driver's 30 s server selection.
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
  }
}
