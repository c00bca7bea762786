package io.supportflow.observability.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.supportflow.infra.stack.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sends confirmed by a real broker through the binder, as every service publishes: a poll's sends
 * together, each waited for at the end, and a refused one throwing with its own message.
 */
class ConfirmedSendsTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String TOPIC = "confirmed-" + UUID.randomUUID();
  // The broker refuses a batch of records above this size on the topic: a refusal that arrives
  // after the send was handed over, failing the others of its batch with it.
  private static final int MAX_MESSAGE = 2_000;
  private static ConfigurableApplicationContext publisher;
  private static StreamBridge bridge;

  @SpringBootConfiguration
  @EnableAutoConfiguration(excludeName = {
      "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
      "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"})
  static class Publisher {}

  @BeforeAll
  static void start() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestStack.shared().kafkaBootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1)
          .configs(Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE))))).all().get(30, TimeUnit.SECONDS);
    }
    publisher = new SpringApplicationBuilder(Publisher.class).web(WebApplicationType.NONE).properties(
        "spring.cloud.stream.kafka.binder.brokers=" + TestStack.shared().kafkaBootstrapServers(),
        "spring.cloud.stream.bindings.out-0.destination=" + TOPIC,
        "spring.cloud.stream.kafka.bindings.out-0.producer.sync=false",
        "management.tracing.export.enabled=false").run();
    bridge = publisher.getBean(StreamBridge.class);
  }

  @AfterAll
  static void stop() {
    publisher.close();
  }

  @Test
  void aPollsSendsAreAllOnTheTopicInOrderWhenTogetherReturns() {
    String run = UUID.randomUUID().toString();

    ConfirmedSends.together(() -> {
      for (int i = 0; i < 20; i++) {
        ConfirmedSends.send(bridge, "out-0", payload(run + "-" + i), () -> "refused");
      }
    });

    List<String> ofRun = read(run, run + "-19");
    assertThat(ofRun).containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> run + "-" + i).toList());
  }

  @Test
  void aRefusedSendOfAPollThrowsTheFirstRefusalOnceAllEnded() {
    String run = UUID.randomUUID().toString();
    List<String> sent = List.of(run + "-first", run + "-big", run + "-last");

    Throwable refused = catchThrowable(() -> ConfirmedSends.together(() -> sent.forEach(value ->
        ConfirmedSends.send(bridge, "out-0", payload(value), () -> value + " refused"))));
    ConfirmedSends.send(bridge, "out-0", payload(run + "-end"), () -> "end refused");

    // The broker refuses the big record's whole batch: what was delivered is read up to the end
    // mark; the refusal thrown is that of the first send not delivered.
    List<String> delivered = read(run, run + "-end");
    String firstRefused = sent.stream().filter(value -> !delivered.contains(value)).findFirst().orElseThrow();
    assertThat(delivered).doesNotContain(run + "-big");
    assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageStartingWith(firstRefused + " refused");
  }

  @Test
  void aSendAloneIsConfirmedAtOnceAndARefusalThrowsThere() {
    String run = UUID.randomUUID().toString();

    ConfirmedSends.send(bridge, "out-0", payload(run + "-alone"), () -> "refused");
    assertThatThrownBy(() -> ConfirmedSends.send(bridge, "out-0", payload(run + "-big"), () -> "too big"))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("too big");

    assertThat(read(run, run + "-alone")).containsExactly(run + "-alone");
  }

  /** A record of the value; one ending in "-big" is larger than the topic takes. */
  private static byte[] payload(String value) {
    return (value.endsWith("-big") ? value + " ".repeat(MAX_MESSAGE * 2) : value).getBytes(StandardCharsets.UTF_8);
  }

  /** The topic's records of one run, in order, up to the last one (or until the deadline passed). */
  private static List<String> read(String run, String last) {
    List<String> ofRun = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.shared().kafkaBootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(TOPIC));
      Instant deadline = Instant.now().plus(DEADLINE);
      while (!ofRun.contains(last) && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          String value = new String(record.value(), StandardCharsets.UTF_8).strip();
          if (value.startsWith(run)) {
            ofRun.add(value);
          }
        }
      }
    }
    return ofRun;
  }
}
