package io.supportflow.timeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.stack.TopicSetup;
import io.supportflow.infra.testing.CoPartitioning;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The flow test of a replaying service against the test stack: time is a clock the test moves,
 * so timers fire when it passes their instant, with no waiting on the wall clock. Proves the
 * promise the replay is built on, that the service's consumers hold co-assigned partitions.
 */
@OnTestStack
public abstract class ReplayingFlowTest {

  protected static final TestStack STACK = TestStack.shared();
  protected static final Duration DEADLINE = Duration.ofSeconds(30);
  protected static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  protected static final MutableClock CLOCK = new MutableClock(T0);

  /** The clock @TestBean puts in place of the service's (its only Clock bean): the test moves it by hand. */
  protected static Clock clock() {
    return CLOCK;
  }

  @TestBean protected Clock clock;
  @Autowired protected MongoDatabase database;
  @LocalServerPort protected int port;

  /** The service's consumer group. */
  protected abstract String consumerGroup();

  /** The topics the service replays its cases from. */
  protected abstract List<String> inputTopics();

  /** The topics are read by one consumer per thread (multiplex), so each holds one set of partition numbers. */
  @Test
  void everyCaseEventAndTimerOfOnePartitionNumberMeetsOnOneConsumer() throws Exception {
    CoPartitioning.awaitCoAssigned(STACK.kafkaBootstrapServers(), consumerGroup(), inputTopics(),
        TopicSetup.DEFAULT_PARTITIONS, DEADLINE);
  }

  /**
   * A record in no readable format on intake.case-activity goes to the service's dead-letter topic
   * with the reason and its topic, and the event published after it still flows: the check, given
   * the service's output probe, says so.
   */
  protected static void deadLettersTheUnreadableAndGoesOn(String dlqTopic, String outputTopic, SpecificRecord next,
      Consumer<TopicProbe> nextFlows) {
    String poisonKey = UUID.randomUUID().toString();
    try (TopicProbe dlq = STACK.probe(dlqTopic); TopicProbe output = STACK.probe(outputTopic)) {
      STACK.publishRaw("intake.case-activity", poisonKey, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      STACK.publish(next);

      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("intake.case-activity");
      nextFlows.accept(output);
    }
  }

  /**
   * Kafka delivers the decision and the activity twice each, then a marker: once the marker is
   * handled (same partition or not), the redeliveries have been too.
   */
  protected static void deliveredTwiceThen(SpecificRecord decision, SpecificRecord activity, SpecificRecord marker) {
    STACK.publish(decision);
    STACK.publish(activity);
    STACK.publish(decision);
    STACK.publish(activity);
    STACK.publish(marker);
  }

  /**
   * Publishes the records to partition 0 of the topic in one produce request, so the service reads
   * them as one poll: an event keyed by its case id, bytes (a record no one can read) by a random
   * key. Returns the keys, in order.
   */
  protected static List<String> publishTogether(String topic, Object... records) {
    List<Map.Entry<String, Object>> keyed = Arrays.stream(records)
        .map(r -> Map.entry(r instanceof SpecificRecordBase event ? String.valueOf(event.get("caseId"))
            : UUID.randomUUID().toString(), r))
        .toList();
    TopicProbe.publishTogether(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), topic, 0, keyed);
    return keyed.stream().map(Map.Entry::getKey).toList();
  }

  protected static Instant now() {
    return CLOCK.instant();
  }
}
