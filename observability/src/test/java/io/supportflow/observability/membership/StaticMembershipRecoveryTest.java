package io.supportflow.observability.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.stack.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * What static membership buys, on a real broker: an instance that dies and comes back under the same
 * id gets its partitions back without the rest of the group being rebalanced (no partition is taken
 * from the survivor, nobody waits for a stop-the-world rebalance).
 */
class StaticMembershipRecoveryTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private final TestStack stack = TestStack.shared();
  private final String topic = "membership-" + UUID.randomUUID();
  private final String group = "group-" + UUID.randomUUID();

  @Test
  void aRestartedInstanceTakesItsPartitionsBackWithoutRebalancingTheOthers() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    Listener survivorEvents = new Listener();
    try (KafkaConsumer<byte[], byte[]> survivor = consumer("instance-b", survivorEvents)) {
      Set<TopicPartition> before;
      KafkaConsumer<byte[], byte[]> crashed = consumer("instance-a", new Listener());
      try {
        pollUntil(() -> crashed.assignment().size() == 1 && survivor.assignment().size() == 1, crashed, survivor);
        before = Set.copyOf(crashed.assignment());
      } finally {
        crashed.close(); // a static member does not leave its group on close, as if killed
      }
      int revocationsBefore = survivorEvents.revoked.size();

      try (KafkaConsumer<byte[], byte[]> restarted = consumer("instance-a", new Listener())) {
        pollUntil(() -> restarted.assignment().size() == 1, restarted, survivor);

        assertThat(restarted.assignment()).isEqualTo(before);
        assertThat(survivorEvents.revoked).hasSize(revocationsBefore);
        assertThat(survivor.assignment()).hasSize(1).doesNotContainAnyElementsOf(before);
      }
    }
  }

  private KafkaConsumer<byte[], byte[]> consumer(String instance, Listener listener) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        org.apache.kafka.clients.consumer.RangeAssignor.class.getName());
    new StaticMembership(instance).configure(properties, "flow-in-0", topic);
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties);
    consumer.subscribe(List.of(topic), listener);
    return consumer;
  }

  /** Polls every consumer in turn (each on this thread) until the condition holds. */
  @SafeVarargs
  private static void pollUntil(java.util.function.BooleanSupplier condition, KafkaConsumer<byte[], byte[]>... consumers) {
    Instant giveUp = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("assignment within %s", DEADLINE).isBefore(giveUp);
      for (KafkaConsumer<byte[], byte[]> consumer : consumers) {
        consumer.poll(Duration.ofMillis(100));
      }
    }
  }

  private static final class Listener implements ConsumerRebalanceListener {
    final List<Collection<TopicPartition>> revoked = new ArrayList<>();

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        revoked.add(List.copyOf(partitions));
      }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
  }
}
