package io.supportflow.intake.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.stack.TopicSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A broker outage takes the service out of rotation without restarting it: readiness is UP with
 * the broker, turns 503 once the broker stops answering, and liveness stays 200 throughout. The
 * service gets a broker of its own so that stopping it touches no other test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=intake-kafka-outage-test")
@DirtiesContext
class ReadinessWithoutKafkaTest extends OutageTest {

  private static final TestStack STACK = TestStack.shared();
  private static final EmbeddedKafkaKraftBroker OWN_KAFKA = ownBroker();

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("spring.cloud.stream.kafka.binder.brokers", OWN_KAFKA::getBrokersAsString);
    registry.add("spring.kafka.bootstrap-servers", OWN_KAFKA::getBrokersAsString);
  }

  @Test
  void readinessIsUpWithTheBrokerAndGoesDownWithoutItWhileLivenessStaysUp() throws Exception {
    await().atMost(Duration.ofSeconds(30)).until(() -> probes.status(port, "/readyz") == 200);
    HttpResponse<String> ready = probes.get(managementPort, "/actuator/health/readiness");
    assertThat((String) JsonPath.read(ready.body(), "$.components.kafka.status")).isEqualTo("UP");
    assertThat(probes.get(managementPort, "/actuator/health/liveness").body()).doesNotContain("kafka");

    // The broker check gives up after 2.5 s and keeps its answer for 5 s; allow a few probes.
    outageTakesItOutOfRotation("kafka", Duration.ofSeconds(45), OWN_KAFKA::destroy);
  }

  private static EmbeddedKafkaKraftBroker ownBroker() {
    EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, TopicSetup.DEFAULT_PARTITIONS);
    kafka.brokerProperty("auto.create.topics.enable", false);
    kafka.afterPropertiesSet();
    TopicSetup.ensureTopics(kafka.getBrokersAsString(), TopicSetup.DEFAULT_PARTITIONS);
    return kafka;
  }
}
