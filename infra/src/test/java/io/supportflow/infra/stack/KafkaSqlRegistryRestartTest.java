package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.events.RequestReceived;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's own arrangement: a broker in a child JVM with its data on disk, and the
 * registry keeping its schemas in that broker. Both restart with their data intact.
 */
class KafkaSqlRegistryRestartTest {

  @TempDir Path data;

  @Test
  void topicsAndRegisteredSchemasSurviveARestartOfBrokerAndRegistry() throws Exception {
    KafkaBroker.Settings kafkaSettings =
        new KafkaBroker.Settings(
            data.resolve("kafka"), data.resolve("kafka.log"), "localhost",
            PortCheck.freePort(), PortCheck.freePort(), 3);
    int registryPort = PortCheck.freePort();
    int firstId;

    try (KafkaBroker kafka = KafkaBroker.start(kafkaSettings);
        SchemaRegistry registry = SchemaRegistry.start(registrySettings(kafka, registryPort))) {
      TopicSetup.ensureTopics(kafka.bootstrapServers(), 3);
      firstId = client(registry).register("intake.requests-value", RequestReceived.getClassSchema());
    }

    try (KafkaBroker kafka = KafkaBroker.start(kafkaSettings);
        SchemaRegistry registry = SchemaRegistry.start(registrySettings(kafka, registryPort))) {
      assertThat(client(registry).schemaById(firstId)).isEqualTo(RequestReceived.getClassSchema());
      assertThat(client(registry).lookup("intake.requests-value", RequestReceived.getClassSchema()))
          .isEqualTo(firstId);
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
        assertThat(admin.listTopics().names().get()).containsAll(TopicSetup.topicNames());
        assertThat(admin.describeTopics(List.of("kafkasql-journal")).allTopicNames().get()
                .get("kafkasql-journal").partitions())
            .as("the registry journal keeps one total order")
            .hasSize(1);
      }
    }
  }

  private SchemaRegistry.Settings registrySettings(KafkaBroker kafka, int port) {
    return SchemaRegistry.Settings.kafkaSql(
        SchemaRegistry.locateHome(), data.resolve("registry.log"), "127.0.0.1", port, kafka.bootstrapServers());
  }

  private static SchemaRegistryClient client(SchemaRegistry registry) {
    return new SchemaRegistryClient(registry.url(), null, Duration.ofSeconds(10));
  }
}
