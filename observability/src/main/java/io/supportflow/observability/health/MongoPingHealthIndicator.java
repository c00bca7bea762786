package io.supportflow.observability.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Mongo is healthy when it answers {@code ping}. Boot's own indicator sends {@code hello}, which the
 * mongo-java-server wire server of the local stack does not know, so every service reported DOWN
 * there; {@code ping} is answered by that server and by a real MongoDB alike.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoClient client;
  private final Duration timeout;

  /** @param timeout how long a ping may take, server selection included, before Mongo counts as down */
  public MongoPingHealthIndicator(MongoClient client, Duration timeout) {
    super("MongoDB ping failed");
    this.client = client;
    this.timeout = timeout;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    Document answer = client.getDatabase("admin").withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).runCommand(new Document("ping", 1));
    builder.up().withDetail("ping", answer.get("ok"));
  }
}
