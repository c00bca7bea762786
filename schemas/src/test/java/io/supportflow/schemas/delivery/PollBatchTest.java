package io.supportflow.schemas.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** How a poll's records are handled together, split where one fails, and acknowledged. */
class PollBatchTest {

  private final RecordingAcknowledgment acknowledgment = new RecordingAcknowledgment();
  private final List<List<String>> calls = new ArrayList<>();

  /** Upper-cases each record; a record "poison" fails wherever it is, alone or in a batch. */
  private final Function<List<PollBatch.Delivered<String>>, List<String>> stage = delivered -> {
    List<String> records = delivered.stream().map(PollBatch.Delivered::payload).toList();
    calls.add(records);
    if (records.contains("poison")) {
      throw new IllegalStateException("poison cannot be handled");
    }
    return records.stream().map(String::toUpperCase).toList();
  };

  @Test
  void aBatchThatSucceedsIsHandledWithOneCallAndAcknowledgedWhole() {
    List<String> results = PollBatch.handle(batch("a", "b", "c"), String.class, stage);

    assertThat(results).containsExactly("A", "B", "C");
    assertThat(calls).containsExactly(List.of("a", "b", "c"));
    assertThat(acknowledgment.acknowledged).isTrue();
    assertThat(acknowledgment.nackedAt).isNull();
  }

  @Test
  void aPoisonRecordInsideTheBatchEndsItThereWithTheResultsBeforeItAndTheRestRedelivered() {
    List<String> results = PollBatch.handle(batch("a", "b", "poison", "d"), String.class, stage);

    assertThat(results).containsExactly("A", "B");
    assertThat(calls).containsExactly(
        List.of("a", "b", "poison", "d"), List.of("a"), List.of("b"), List.of("poison"));
    assertThat(acknowledgment.nackedAt).as("committed before it, redelivered from it").isEqualTo(2);
    assertThat(acknowledgment.acknowledged).isFalse();
  }

  @Test
  void aPoisonRecordFirstInTheBatchGoesToTheErrorHandlerNamedByItsIndex() {
    assertThatThrownBy(() -> PollBatch.handle(batch("poison", "b"), String.class, stage))
        .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
          assertThat(e.getIndex()).isZero();
          assertThat(e.getCause()).hasMessage("poison cannot be handled");
        });
    assertThat(acknowledgment.acknowledged).isFalse();
    assertThat(acknowledgment.nackedAt).isNull();
  }

  @Test
  void aFailureOfTheWholeBatchThatNoRecordRepeatsAloneLosesNothing() {
    int[] attempts = {0};
    Function<List<PollBatch.Delivered<String>>, List<String>> failsOnce = records -> {
      if (attempts[0]++ == 0) {
        throw new IllegalStateException("the store was away for a moment");
      }
      return records.stream().map(PollBatch.Delivered::payload).toList();
    };

    assertThat(PollBatch.handle(batch("a", "b"), String.class, failsOnce)).containsExactly("a", "b");
    assertThat(acknowledgment.acknowledged).isTrue();
  }

  @Test
  void anUnreadableRecordEndsTheReadablePartAndIsNotRetriedAsAFailureOfTheStage() {
    List<String> results = PollBatch.handle(batch("a", null, "c"), String.class, stage);

    assertThat(results).containsExactly("A");
    assertThat(calls).containsExactly(List.of("a"));
    assertThat(acknowledgment.nackedAt).isEqualTo(1);

    acknowledgment.nackedAt = null;
    assertThatThrownBy(() -> PollBatch.handle(batch(null, "c"), String.class, stage))
        .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
          assertThat(e.getIndex()).isZero();
          assertThat(e.getCause()).isInstanceOf(DeserializationException.class)
              .hasMessageContaining("could not be read as String");
        });
  }

  @Test
  void anUnreadableRecordFailsWithTheDeserializersOwnExceptionAndBytesForTheDeadLetter() {
    RecordHeaders unreadable = new RecordHeaders();
    byte[] raw = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    SerializationUtils.deserializationException(
        unreadable, raw, new IllegalStateException("not in Confluent's Avro wire format"), false);
    Message<List<Object>> batch = MessageBuilder.withPayload(Arrays.<Object>asList(null, "b"))
        .setHeader(KafkaHeaders.ACKNOWLEDGMENT, acknowledgment)
        .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(
            Map.of(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER,
                unreadable.lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)),
            Map.of()))
        .build();

    assertThatThrownBy(() -> PollBatch.handle(batch, String.class, stage))
        .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getCause())
            .isInstanceOfSatisfying(DeserializationException.class, d -> {
              assertThat(d.getData()).isEqualTo(raw);
              assertThat(d.getCause()).hasMessage("not in Confluent's Avro wire format");
            }));
  }

  @Test
  void eachRecordReachesTheStageWithItsOwnHeadersAsTextAndItsPartition() {
    Message<List<Object>> batch = MessageBuilder.withPayload(List.<Object>of("a", "b"))
        .setHeader(KafkaHeaders.ACKNOWLEDGMENT, acknowledgment)
        .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(
            Map.of("traceparent", "00-aaa-01".getBytes(StandardCharsets.UTF_8)), Map.of()))
        .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(4, 1))
        .build();

    List<String> delivered = PollBatch.handle(batch, String.class, records -> records.stream()
        .map(d -> d.payload() + ":" + d.header("traceparent") + "@" + d.partition()).toList());

    assertThat(delivered).containsExactly("a:00-aaa-01@4", "b:null@1");
  }

  @Test
  void aBatchWithoutManualAcknowledgmentIsRefusedBeforeAnythingIsDone() {
    Message<List<Object>> unacknowledged = MessageBuilder.withPayload(List.<Object>of("a")).build();

    assertThatThrownBy(() -> PollBatch.handle(unacknowledged, String.class, stage))
        .hasMessageContaining("ack-mode MANUAL");
    assertThat(calls).isEmpty();
  }

  private Message<List<Object>> batch(String... records) {
    return MessageBuilder.withPayload(Arrays.<Object>asList((Object[]) records))
        .setHeader(KafkaHeaders.ACKNOWLEDGMENT, acknowledgment)
        .build();
  }

  private static final class RecordingAcknowledgment implements Acknowledgment {
    boolean acknowledged;
    Integer nackedAt;

    @Override
    public void acknowledge() {
      acknowledged = true;
    }

    @Override
    public void nack(int index, Duration sleep) {
      nackedAt = index;
    }
  }
}
