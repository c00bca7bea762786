package io.supportflow.intake.adapter.ops;


import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.infra.testing.OnTestStack;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Mongo outage takes the service out of rotation without restarting it: readiness turns 503 on
 * both ports once the ping fails, liveness stays 200. The service gets a wire server of its own
 * so that stopping it touches no other test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=intake-mongo-outage-test")
@DirtiesContext
@OnTestStack
class ReadinessWithoutMongoTest extends OutageTest {

  private static final MongoWireServer OWN_MONGO = MongoWireServer.inMemory("127.0.0.1", 0);

  @DynamicPropertySource
  static void ownSettings(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", OWN_MONGO::connectionString);
  }

  @Test
  void readinessGoesDownWhenMongoIsUnreachableWhileLivenessStaysUp() throws Exception {
    // The ping gives up after its 3 s timeout; allow a few probes for it.
    outageTakesItOutOfRotation("mongo", Duration.ofSeconds(30), OWN_MONGO::close);
  }
}
