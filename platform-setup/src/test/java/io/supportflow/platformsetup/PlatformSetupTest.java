package io.supportflow.platformsetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real Kafka broker and a real registry (Apicurio's Confluent API), as the Job runs it. */
class PlatformSetupTest {

  private static final int PARTITIONS = 6;
  private static TestStack stack;
  private static PlatformSetup.Outcome first;
  private static PlatformSetup.Outcome second;

  @BeforeAll
  static void setUpTwiceOnEmptyTopics() throws Exception {
    stack = TestStack.shared();
    try (Admin admin = admin()) {
      // The test stack creates the topics itself; the Job meets a cluster without them.
      admin.deleteTopics(PlatformTopics.names()).all().get();
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> admin.listTopics().names().get().stream().noneMatch(PlatformTopics.names()::contains));
    }
    first = PlatformSetup.run(settings(PARTITIONS));
    second = PlatformSetup.run(settings(PARTITIONS));
  }

  @Test
  void createsEveryTopicAndDeadLetterTopicWithOnePartitionCount() throws Exception {
    assertThat(first.createdTopics()).containsExactlyInAnyOrderElementsOf(PlatformTopics.names());
    assertThat(PlatformTopics.names())
        .hasSize(Topics.values().length + Topics.DEAD_LETTER_TOPICS.size())
        .contains("intake.requests", "notification.events", "sla.dlq");
    try (Admin admin = admin()) {
      assertThat(admin.describeTopics(PlatformTopics.names()).allTopicNames().get().values())
          .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(PARTITIONS));
    }
  }

  @Test
  void aSecondRunChangesNothing() {
    assertThat(second.createdTopics()).isEmpty();
    assertThat(second.schemaIds()).isEqualTo(first.schemaIds());
  }

  @Test
  void setsBackwardCompatibilityAndRegistersEveryTopicsSchema() throws Exception {
    assertThat(registryGet("config").path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    Set<String> subjects = new HashSet<>();
    registryGet("subjects").forEach(subject -> subjects.add(subject.asText()));
    for (Topics topic : Topics.values()) {
      assertThat(subjects).contains(topic.valueSubject());
    }
    // A service with SCHEMA_AUTO_REGISTER=false looks its schema up: it must be found as is.
    var registry = new SchemaRegistryClient(stack.schemaRegistryUrl(), null, Duration.ofSeconds(10));
    for (Topics topic : Topics.values()) {
      Schema schema = org.apache.avro.specific.SpecificData.get().getSchema(topic.eventType());
      assertThat(registry.lookup(topic.valueSubject(), schema)).isEqualTo(first.schemaIds().get(topic.valueSubject()));
    }
  }

  @Test
  void everyAvscOfTheSchemasModuleIsInARegisteredSchema() throws IOException {
    var registry = new SchemaRegistryClient(stack.schemaRegistryUrl(), null, Duration.ofSeconds(10));
    Set<String> registeredNames = new HashSet<>();
    first.schemaIds().values().forEach(id -> collectNames(registry.schemaById(id), registeredNames));
    List<Path> avscFiles;
    try (Stream<Path> files = Files.list(Path.of("../schemas/src/main/avro"))) {
      avscFiles = files.filter(f -> f.toString().endsWith(".avsc")).toList();
    }
    assertThat(avscFiles).hasSizeGreaterThanOrEqualTo(Topics.values().length);
    for (Path avsc : avscFiles) {
      JsonNode json = new ObjectMapper().readTree(avsc.toFile());
      String fullName = json.path("namespace").asText() + "." + json.path("name").asText();
      assertThat(registeredNames).as(avsc.getFileName().toString()).contains(fullName);
    }
  }

  @Test
  void refusesExistingTopicsWithAnotherPartitionCount() {
    assertThatThrownBy(() -> PlatformSetup.run(settings(PARTITIONS + 2)))
        .isInstanceOf(SetupException.class)
        .hasMessageContaining("another partition count than TOPIC_PARTITIONS=8")
        .hasMessageContaining("intake.requests=6");
  }

  @Test
  void refusesMissingOrMalformedSettingsByName() {
    assertThatThrownBy(() -> SetupSettings.from(Map.of("SCHEMA_REGISTRY_URL", "http://r")))
        .hasMessage("KAFKA_BOOTSTRAP is not set");
    assertThatThrownBy(
            () -> SetupSettings.from(Map.of("KAFKA_BOOTSTRAP", "k:9092", "SCHEMA_REGISTRY_URL", "http://r", "TOPIC_PARTITIONS", "six")))
        .hasMessage("TOPIC_PARTITIONS must be a whole number, was 'six'");
    assertThat(SetupSettings.from(Map.of("KAFKA_BOOTSTRAP", "k:9092", "SCHEMA_REGISTRY_URL", "http://r")))
        .satisfies(s -> assertThat(s.partitions()).isEqualTo(6))
        .satisfies(s -> assertThat(s.replicationFactor()).isEmpty());
    assertThat(
            SetupSettings.from(
                    Map.of("KAFKA_BOOTSTRAP", "k:9092", "SCHEMA_REGISTRY_URL", "http://r",
                        "KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_CLIENT_SASL_JAAS_CONFIG", "jaas"))
                .kafkaClientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", "jaas")
        .hasSize(2);
  }

  private static void collectNames(Schema schema, Set<String> names) {
    switch (schema.getType()) {
      case RECORD -> {
        if (names.add(schema.getFullName())) {
          schema.getFields().forEach(field -> collectNames(field.schema(), names));
        }
      }
      case ENUM, FIXED -> names.add(schema.getFullName());
      case ARRAY -> collectNames(schema.getElementType(), names);
      case MAP -> collectNames(schema.getValueType(), names);
      case UNION -> schema.getTypes().forEach(member -> collectNames(member, names));
      default -> {}
    }
  }

  private static SetupSettings settings(int partitions) {
    return new SetupSettings(
        stack.kafkaBootstrapServers(), new Properties(), stack.schemaRegistryUrl(), null, partitions, Optional.of((short) 1));
  }

  private static Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
  }

  private static JsonNode registryGet(String path) throws IOException, InterruptedException {
    String base = stack.schemaRegistryUrl().endsWith("/") ? stack.schemaRegistryUrl() : stack.schemaRegistryUrl() + "/";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }
}
