package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that would install a platform that cannot work are refused, with a message saying which. */
class ChartRefusalTest {

  @Test
  void refusesAMissingKafkaBootstrap() {
    assertThatThrownBy(() -> Chart.render(List.of(), Map.of("schemaRegistry.url", "http://r:8081", "mongodb.uri", "mongodb://m", "smtp.host", "smtp")))
        .hasMessageContaining("kafka.bootstrap is required");
  }

  @Test
  void refusesAMissingRegistryOrMongoDb() {
    assertThatThrownBy(() -> Chart.render(List.of(), Map.of("kafka.bootstrap", "k:9092", "mongodb.uri", "mongodb://m", "smtp.host", "smtp")))
        .hasMessageContaining("schemaRegistry.url is required");
    assertThatThrownBy(() -> Chart.render(List.of(), Map.of("kafka.bootstrap", "k:9092", "schemaRegistry.url", "http://r:8081", "smtp.host", "smtp")))
        .hasMessageContaining("mongodb.uri is required");
  }

  /** A value of the wrong type, or a misspelt key the chart would otherwise ignore, with what the refusal names. */
  static Stream<Arguments> refusedValues() {
    return Stream.of(
        arguments(Map.of("topics.partitions", "six"), List.of("topics", "partitions")),
        arguments(Map.of("services.sla.port", "http"), List.of("port")),
        arguments(Map.of("kafka.bootstrap", "not a host list"), List.of("bootstrap")),
        arguments(Map.of("services.sla.autoscaling.maxReplica", 2), List.of("maxReplica")),
        arguments(Map.of("kafka.bootstrapServers", "k:9092"), List.of("bootstrapServers")));
  }

  @ParameterizedTest
  @MethodSource("refusedValues")
  void refusesWrongTypesAndMisspeltKeysInsteadOfIgnoringThem(Map<String, Object> values, List<String> named) {
    var refusal = assertThatThrownBy(() -> Chart.renderForInstall(values));
    named.forEach(refusal::hasMessageContaining);
  }

  @Test
  void refusesMoreConsumerReplicasThanPartitionsCanFeed() {
    // 3 replicas x 3 consumers = 9 > 6 partitions: three consumers would idle.
    assertThatThrownBy(() -> Chart.renderForInstall(Map.of("services.sla.autoscaling.maxReplicas", 3)))
        .hasMessageContaining("services.sla: 3 replicas x 3 consumers per instance exceed topics.partitions=6")
        .hasMessageContaining("at most 2 replicas");
    assertThatThrownBy(() -> Chart.renderForInstall(Map.of("services.notification.autoscaling.enabled", false, "services.notification.replicas", 4)))
        .hasMessageContaining("services.notification: 4 replicas");
    assertThatThrownBy(() -> Chart.renderForInstall(Map.of("services.contracts.consumer.concurrency", 8)))
        .hasMessageContaining("services.contracts.consumer.concurrency=8 is above topics.partitions=6");
  }

  @Test
  void acceptsMoreReplicasWhenEachRunsFewerConsumersOrThereAreMorePartitions() {
    assertThat(Chart.renderForInstall(Map.of("services.sla.autoscaling.maxReplicas", 6, "services.sla.consumer.concurrency", 1))
            .get("ScaledObject", "sf-sla-service").at("/spec/maxReplicaCount").asInt())
        .isEqualTo(6);
    assertThat(Chart.renderForInstall(Map.of("topics.partitions", 12, "services.escalation.autoscaling.maxReplicas", 4))
            .get("ScaledObject", "sf-escalation-service").at("/spec/maxReplicaCount").asInt())
        .isEqualTo(4);
  }
}
