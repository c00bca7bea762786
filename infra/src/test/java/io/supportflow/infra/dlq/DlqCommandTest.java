package io.supportflow.infra.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.stack.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bin/dlq} against a real broker: what it lists, what it puts back, what a dry run leaves alone. */
class DlqCommandTest {

  private final TestStack stack = TestStack.shared();
  private final String dlq = "test.dlq-" + UUID.randomUUID();
  private final String origin = "test.origin-" + UUID.randomUUID();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void deadLetters() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
      admin.createTopics(List.of(new NewTopic(dlq, 1, (short) 1), new NewTopic(origin, 1, (short) 1)))
          .all().get(30, TimeUnit.SECONDS);
    }
    Properties props = new Properties();
    props.put("bootstrap.servers", stack.kafkaBootstrapServers());
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
      producer.send(dead("case-1", "Unknown tenant: zeta\n\tat somewhere", origin));
      producer.send(dead("case-2", "not in Confluent's Avro wire format", origin));
      producer.send(dead("case-3", "no origin named", null));
      producer.flush();
    }
  }

  @Test
  void listShowsEveryDeadLetterWithItsOriginAndTheFirstLineOfItsReason() {
    int code = run("list", dlq);

    assertThat(code).isZero();
    assertThat(out.toString()).contains("0:0\t", "key=case-1", "from=" + origin + ":3:42", "reason=Unknown tenant: zeta")
        .doesNotContain("at somewhere")
        .contains("key=case-3", "from=(unknown)")
        .contains("3 record(s) in " + dlq);
  }

  @Test
  void aDryRunReplaysNothingAndAReplayPutsTheChosenRecordBackWithItsKeyAndBytes() {
    assertThat(run("replay", dlq, "--offsets", "0:1", "--dry-run")).isZero();
    assertThat(out.toString()).contains("would replay 0:1", "Would replay 1 of 3");

    assertThat(run("replay", dlq, "--offsets", "0:0")).isZero();

    try (DeadLetters topic = new DeadLetters(stack.kafkaBootstrapServers())) {
      List<DeadLetter> back = topic.list(origin);
      assertThat(back).extracting(DeadLetter::key).containsExactly("case-1");
      assertThat(new String(back.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("bytes of case-1");
    }
  }

  @Test
  void replayAllSkipsTheRecordsThatDoNotNameTheirOrigin() {
    assertThat(run("replay", dlq, "--all")).isZero();

    assertThat(out.toString()).contains("Replayed 2 of 3");
    try (DeadLetters topic = new DeadLetters(stack.kafkaBootstrapServers())) {
      assertThat(topic.list(origin)).extracting(DeadLetter::key).containsExactly("case-1", "case-2");
    }
  }

  @Test
  void aWrongCommandLineIsExplainedWithTheUsage() {
    assertThat(run("replay", dlq)).isEqualTo(2);
    assertThat(err.toString()).contains("replay needs either --all or --offsets", "Usage: bin/dlq");
    assertThat(run("replay", dlq, "--offsets", "zero")).isEqualTo(2);
    assertThat(run("list", dlq, "--all")).isEqualTo(2);
  }

  @Test
  void anOffsetThatIsNotInTheTopicFailsWithoutReplayingAnything() {
    assertThat(run("replay", dlq, "--offsets", "0:0,0:99")).isEqualTo(1);

    assertThat(err.toString()).contains("No record 0:99 in " + dlq);
    try (DeadLetters topic = new DeadLetters(stack.kafkaBootstrapServers())) {
      assertThat(topic.list(origin)).isEmpty();
    }
  }

  private int run(String... args) {
    String[] withBroker = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--bootstrap", stack.kafkaBootstrapServers())).toArray(String[]::new);
    return DlqCommand.run(withBroker, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private ProducerRecord<String, byte[]> dead(String key, String reason, String from) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(dlq, key, ("bytes of " + key).getBytes(StandardCharsets.UTF_8));
    record.headers().add("x-exception-message", reason.getBytes(StandardCharsets.UTF_8));
    record.headers().add("x-exception-fqcn", "java.lang.IllegalArgumentException".getBytes(StandardCharsets.UTF_8));
    if (from != null) {
      record.headers().add("x-original-topic", from.getBytes(StandardCharsets.UTF_8));
      record.headers().add("x-original-partition", ByteBuffer.allocate(4).putInt(3).array());
      record.headers().add("x-original-offset", ByteBuffer.allocate(8).putLong(42).array());
    }
    return record;
  }
}
