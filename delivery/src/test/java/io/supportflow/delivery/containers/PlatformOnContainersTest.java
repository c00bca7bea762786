package io.supportflow.delivery.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The built images as Kubernetes would run them (non-root, read-only root, /tmp a tmpfs) against
 * real containers: Kafka (KRaft), MongoDB, Confluent Schema Registry and Mailpit. The setup image
 * creates topics and registers schemas, the services start with SCHEMA_AUTO_REGISTER=false, and a
 * portal request leads to the acknowledgement mail. Runs with -Pcontainers on a Docker engine.
 */
@EnabledIfSystemProperty(named = "supportflow.containers", matches = "true", disabledReason = "needs -Pcontainers and a Docker engine")
@Testcontainers(disabledWithoutDocker = true)
class PlatformOnContainersTest {

  private static final Path ROOT = Path.of(System.getProperty("supportflow.root", "..")).toAbsolutePath().normalize();
  private static final String TAG = "0.1.0-SNAPSHOT";
  private static final String API_KEY = UUID.randomUUID().toString();
  private static final Map<String, Integer> SERVICES =
      Map.of("intake-service", 8080, "contracts-service", 8082, "sla-service", 8083, "escalation-service", 8084, "notification-service", 8085);

  private static final Network NETWORK = Network.newNetwork();
  private static final List<GenericContainer<?>> STARTED = new ArrayList<>();
  private static GenericContainer<?> intake;
  private static GenericContainer<?> mail;

  @BeforeAll
  static void startPlatform() throws Exception {
    for (String image : List.of("platform-setup", "intake-service", "contracts-service", "sla-service", "escalation-service", "notification-service")) {
      try (InputStream tar = Files.newInputStream(ROOT.resolve(image).resolve("target/jib-image.tar"))) {
        DockerClientFactory.instance().client().loadImageCmd(tar).exec();
      }
    }
    KafkaContainer kafka =
        start(new KafkaContainer("apache/kafka:4.1.1").withNetwork(NETWORK).withNetworkAliases("kafka").withListener("kafka:19092"));
    start(new MongoDBContainer("mongo:8.0").withNetwork(NETWORK).withNetworkAliases("mongodb"));
    start(
        new GenericContainer<>(DockerImageName.parse("confluentinc/cp-schema-registry:8.0.0"))
            .withNetwork(NETWORK)
            .withNetworkAliases("schema-registry")
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "kafka:19092")
            .withExposedPorts(8081)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200)));
    mail = start(new GenericContainer<>(DockerImageName.parse("axllent/mailpit:v1.27")).withNetwork(NETWORK).withNetworkAliases("mail").withExposedPorts(8025));
    start(
        lockedDown(new GenericContainer<>(DockerImageName.parse("localhost/supportflow/platform-setup:" + TAG)))
            .withEnv("KAFKA_BOOTSTRAP", "kafka:19092")
            .withEnv("SCHEMA_REGISTRY_URL", "http://schema-registry:8081")
            .withEnv("TOPIC_PARTITIONS", "6")
            .withEnv("TOPIC_REPLICATION_FACTOR", "1")
            .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2))));
    for (var service : SERVICES.entrySet()) {
      GenericContainer<?> container =
          start(
              lockedDown(new GenericContainer<>(DockerImageName.parse("localhost/supportflow/" + service.getKey() + ":" + TAG)))
                  .withEnv("KAFKA_BOOTSTRAP", "kafka:19092")
                  .withEnv("SCHEMA_REGISTRY_URL", "http://schema-registry:8081")
                  .withEnv("SCHEMA_AUTO_REGISTER", "false")
                  .withEnv("MONGODB_URI", "mongodb://mongodb:27017")
                  .withEnv("SMTP_HOST", "mail")
                  .withEnv("SMTP_PORT", "1025")
                  .withEnv("SUPPORTFLOW_DEMO_ENABLED", "true")
                  .withEnv("SUPPORTFLOW_DEMO_API_KEY", API_KEY)
                  .withExposedPorts(service.getValue())
                  .waitingFor(Wait.forHttp("/readyz").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3))));
      if (service.getKey().equals("intake-service")) {
        intake = container;
      }
    }
    assertThat(kafka.isRunning()).isTrue();
  }

  @AfterAll
  static void stopPlatform() {
    STARTED.reversed().forEach(GenericContainer::stop);
    NETWORK.close();
  }

  @Test
  void aPortalRequestIsAcknowledgedByMail() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String body =
        """
        {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},"subject":"Checkout is down",\
        "description":"All web shops return HTTP 500.","severity":"P1"}""";
    HttpResponse<String> opened =
        http.send(
            HttpRequest.newBuilder(URI.create("http://" + intake.getHost() + ":" + intake.getMappedPort(8080) + "/api/v1/requests"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    URI messages = URI.create("http://" + mail.getHost() + ":" + mail.getMappedPort(8025) + "/api/v1/messages");
    Awaitility.await()
        .atMost(Duration.ofMinutes(2))
        .untilAsserted(
            () -> assertThat(http.send(HttpRequest.newBuilder(messages).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("ops@northwind.example"));
  }

  /** As the chart runs them: the image's non-root user, nothing writable but /tmp. */
  private static GenericContainer<?> lockedDown(GenericContainer<?> container) {
    return container
        .withNetwork(NETWORK)
        .withTmpFs(Map.of("/tmp", "rw,size=256m"))
        .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withReadonlyRootfs(true).withCapDrop(com.github.dockerjava.api.model.Capability.ALL));
  }

  private static <T extends GenericContainer<?>> T start(T container) {
    container.start();
    STARTED.add(container);
    return container;
  }
}
