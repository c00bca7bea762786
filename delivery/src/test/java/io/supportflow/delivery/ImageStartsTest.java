package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.supportflow.events.RequestReceived;
import io.supportflow.infra.stack.PortCheck;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.schemas.Topics;
import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What no container engine can show here, shown from the image's own files: the jlinked runtime
 * of the base layer runs the setup image's main against a real Kafka and registry, then intake's
 * classpath with SCHEMA_AUTO_REGISTER=false takes a request, publishes it under the schema the
 * setup registered, and stops gracefully on SIGTERM.
 */
class ImageStartsTest {

  private static final Path LOGS = Path.of("target/image-starts").toAbsolutePath();

  @Test
  void theSetupImagePreparesAndTheIntakeImageServesOnTheImagesRuntime(@TempDir Path root) throws Exception {
    assumeFalse(Boolean.getBoolean("supportflow.jib.skip"), "images not built (-Djib.skip=true): nothing to start");
    TestStack stack = TestStack.shared();
    Files.createDirectories(LOGS);
    ImageTarball setupImage = ImageTarball.read(ImageTarballTest.tarOf("platform-setup"));
    Path setupRoot = root.resolve("platform-setup");
    setupImage.extract(setupRoot, "opt/java/", "app/");
    ImageTarball intakeImage = ImageTarball.read(ImageTarballTest.tarOf("intake-service"));
    Path intakeRoot = root.resolve("intake-service");
    intakeImage.extract(intakeRoot, "opt/java/", "app/");

    Process setup =
        start(setupImage, setupRoot, "platform-setup", Map.of(
            "KAFKA_BOOTSTRAP", stack.kafkaBootstrapServers(),
            "SCHEMA_REGISTRY_URL", stack.schemaRegistryUrl(),
            "TOPIC_PARTITIONS", "6",
            "TOPIC_REPLICATION_FACTOR", "1"));
    assertThat(setup.waitFor(2, TimeUnit.MINUTES)).as("setup finished").isTrue();
    String setupLog = Files.readString(LOGS.resolve("platform-setup.log"));
    assertThat(setup.exitValue()).as(setupLog).isZero();
    assertThat(setupLog).contains("Registry compatibility BACKWARD; schema ids {intake.requests-value=");

    int port = PortCheck.freePort();
    String apiKey = UUID.randomUUID().toString();
    Process intake =
        start(intakeImage, intakeRoot, "intake-service", Map.of(
            "KAFKA_BOOTSTRAP", stack.kafkaBootstrapServers(),
            "SCHEMA_REGISTRY_URL", stack.schemaRegistryUrl(),
            "SCHEMA_AUTO_REGISTER", "false",
            "MONGODB_URI", stack.mongoUri(),
            "SERVER_PORT", String.valueOf(port),
            // Its own management port too: a local stack on this machine holds the default 9080.
            "MANAGEMENT_PORT", String.valueOf(PortCheck.freePort()),
            "INTAKE_IMAP_ENABLED", "false",
            "SUPPORTFLOW_DEMO_ENABLED", "true",
            "SUPPORTFLOW_DEMO_API_KEY", apiKey));
    try (TopicProbe requests = stack.probe(Topics.INTAKE_REQUESTS.topicName())) {
      HttpClient http = HttpClient.newHttpClient();
      URI readiness = URI.create("http://localhost:" + port + "/readyz");
      Awaitility.await("intake ready")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .ignoreExceptions()
          .until(() -> http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

      HttpResponse<String> opened =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                  .header("Content-Type", "application/json")
                  .header("X-API-Key", apiKey)
                  .POST(HttpRequest.BodyPublishers.ofString(
                      "{\"reporter\":{\"name\":\"Olivia Ops\",\"email\":\"ops@northwind.example\"},"
                          + "\"subject\":\"Checkout is down\",\"description\":\"HTTP 500 everywhere.\",\"severity\":\"P1\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      // At least once: the relay may announce the case again, always under the same event id.
      List<RequestReceived> published =
          requests.await(RequestReceived.class, r -> r.getSubject().toString().equals("Checkout is down"), 1, Duration.ofSeconds(60));
      assertThat(published).extracting(r -> r.getEventId().toString()).containsOnly(published.getFirst().getEventId().toString());
    } finally {
      intake.destroy(); // SIGTERM, as Kubernetes stops a pod
      assertThat(intake.waitFor(60, TimeUnit.SECONDS)).as("intake stopped on SIGTERM").isTrue();
    }
    assertThat(Files.readString(LOGS.resolve("intake-service.log"))).contains("Graceful shutdown complete");
  }

  /** Runs the image's entrypoint with the image's runtime, its /app paths moved under root. */
  private static Process start(ImageTarball tarball, Path root, String image, Map<String, String> env) throws IOException {
    List<String> command = new ArrayList<>();
    tarball.config().path("config").path("Entrypoint").forEach(arg -> command.add(arg.asText()));
    command.set(0, root.resolve("opt/java/bin/java").toString());
    String classpath = Files.readString(root.resolve("app/jib-classpath-file")).strip().replace("/app/", root.resolve("app") + "/");
    command.set(command.indexOf("@/app/jib-classpath-file"), classpath);
    command.add(1, "-Xmx384m");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOGS.resolve(image + ".log").toFile());
    tarball.config().path("config").path("Env").forEach(e -> {
      String[] pair = e.asText().split("=", 2);
      if (!pair[0].equals("PATH")) {
        builder.environment().put(pair[0], pair[1]);
      }
    });
    builder.environment().putAll(env);
    return builder.start();
  }
}
