package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.schemas.Topics;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

class TopicSetupTest {

  private static final TestStack STACK = TestStack.shared();

  @Test
  void everyEventTopicAndDeadLetterTopicExistsWithTheSamePartitionCount() throws Exception {
    try (Admin admin = admin()) {
      Map<String, TopicDescription> topics =
          admin.describeTopics(TopicSetup.topicNames()).allTopicNames().get();

      assertThat(topics.keySet())
          .containsAll(Arrays.stream(Topics.values()).map(Topics::topicName).toList())
          .containsAll(Topics.DEAD_LETTER_TOPICS);
      assertThat(topics.values().stream().collect(Collectors.toMap(TopicDescription::name, t -> t.partitions().size())))
          .allSatisfy((name, partitions) -> assertThat(partitions).as(name).isEqualTo(TopicSetup.DEFAULT_PARTITIONS));
    }
  }

  @Test
  void theTenantTopicsAreCompactedAndTheCaseTopicsAreNot() throws Exception {
    try (Admin admin = admin()) {
      var keys = new ConfigResource(ConfigResource.Type.TOPIC, "tenants.keys");
      var requests = new ConfigResource(ConfigResource.Type.TOPIC, "intake.requests");
      var configs = admin.describeConfigs(java.util.List.of(keys, requests)).all().get();

      assertThat(configs.get(keys).get("cleanup.policy").value()).isEqualTo("compact");
      assertThat(configs.get(requests).get("cleanup.policy").value()).isEqualTo("delete");
    }
  }

  @Test
  void runningTheSetupAgainCreatesNothingAndReportsNoMismatch() {
    try (Admin admin = admin()) {
      TopicSetup.Result again = TopicSetup.ensureTopics(admin, TopicSetup.DEFAULT_PARTITIONS);

      assertThat(again.created()).isEmpty();
      assertThat(again.otherPartitionCounts()).isEmpty();
    }
  }

  @Test
  void askingForOtherPartitionCountsReportsTheExistingTopicsInsteadOfChangingThem() {
    try (Admin admin = admin()) {
      TopicSetup.Result other = TopicSetup.ensureTopics(admin, 3);

      assertThat(other.created()).isEmpty();
      assertThat(other.otherPartitionCounts().keySet()).containsExactlyInAnyOrderElementsOf(TopicSetup.topicNames());
      assertThat(other.otherPartitionCounts().values()).containsOnly(TopicSetup.DEFAULT_PARTITIONS);
    }
  }

  @Test
  void theTopicListIsTheEventTopicsFollowedByTheDeadLetterTopics() {
    assertThat(TopicSetup.topicNames())
        .containsExactly(
            "intake.requests", "intake.case-activity", "intake.incidents", "contracts.entitlements",
            "contracts.contract-changes", "sla.events", "sla.downtime",
            "escalation.events", "notification.events", "tenants.directory", "tenants.keys",
            "contracts.dlq", "sla.dlq", "escalation.dlq", "notification.dlq", "console.dlq", "intake.dlq");
  }

  private static Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.kafkaBootstrapServers()));
  }
}
