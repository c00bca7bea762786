package io.supportflow.schemas.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.messaging.Message;

/**
 * A poll's records handled together (the binder's batch mode with ack-mode MANUAL), with the
 * guarantees of one record at a time. The stage does its work for all of them at once: one read and
 * one write for the batch, not for each record. Where it fails, the records are taken one at a time
 * to find the one that fails on its own; those before it are acknowledged with their results, and
 * the failing record becomes the first of the next delivery, where the error handler retries it and
 * then dead-letters it alone. A record that could not be read (the ErrorHandlingDeserializer leaves
 * no payload) ends the readable part of the batch in the same way.
 *
 * <p>The stage must be idempotent per record, as the records before a failure are redone when a
 * batch is split: every stage here stores with insert-once or revision-conditioned writes.
 */
public final class PollBatch {

  // A nacked remainder is fetched again at once: the failing record is first, and the error
  // handler paces its retries.
  private static final Duration REDELIVER_AT_ONCE = Duration.ZERO;

  private static final LogAccessor LOG = new LogAccessor(PollBatch.class);

  private PollBatch() {}

  /**
   * The stage's results for the batch, in order: for all records, or for those before the first one
   * that failed, the rest being redelivered.
   *
   * @throws BatchListenerFailedException when the first record fails, for the error handler
   */
  public static <I, O> List<O> handle(
      Message<? extends List<?>> batch, Class<I> type, Function<List<Delivered<I>>, List<O>> stage) {
    // Without it a partly handled batch could only be committed whole or not at all.
    Acknowledgment acknowledgment = Objects.requireNonNull(
        batch.getHeaders().get(KafkaHeaders.ACKNOWLEDGMENT, Acknowledgment.class),
        "a batch binding handled by PollBatch needs ack-mode MANUAL");
    List<?> payloads = batch.getPayload();
    List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
    List<?> partitions = batch.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, List.class);
    List<Delivered<I>> readable = new ArrayList<>(payloads.size());
    for (int i = 0; i < payloads.size() && type.isInstance(payloads.get(i)); i++) {
      readable.add(new Delivered<>(type.cast(payloads.get(i)), headersOf(headers, i), partitionOf(partitions, i)));
    }
    List<O> results = new ArrayList<>(readable.size());
    int failedAt = readable.size() < payloads.size() ? readable.size() : -1;
    RuntimeException failure = null;
    try {
      if (!readable.isEmpty()) {
        results.addAll(stage.apply(readable));
      }
    } catch (RuntimeException together) {
      LOG.info(() -> "A batch of " + readable.size() + " failed (" + together.getMessage()
          + "); handling its records one at a time");
      for (int i = 0; i < readable.size() && failure == null; i++) {
        try {
          results.addAll(stage.apply(List.of(readable.get(i))));
        } catch (RuntimeException alone) {
          failure = alone;
          failedAt = i;
        }
      }
    }
    if (failedAt < 0) {
      acknowledgment.acknowledge();
      return results;
    }
    if (failure == null) {
      failure = unreadable(payloads.get(failedAt), headersOf(headers, failedAt), type);
    }
    if (failedAt == 0) {
      throw new BatchListenerFailedException(failure.getMessage(), failure, failedAt);
    }
    acknowledgment.nack(failedAt, REDELIVER_AT_ONCE);
    return results;
  }

  /**
   * A record as the stage gets it: its payload, the headers it came with and the partition it was
   * read from (0 for a message that did not come from Kafka).
   */
  public record Delivered<I>(I payload, Map<?, ?> headers, int partition) {

    /** A header's value as text (Kafka headers arrive as bytes); null when the record has none. */
    public String header(String name) {
      return switch (headers.get(name)) {
        case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
        case Header raw -> new String(raw.value(), StandardCharsets.UTF_8);
        case null -> null;
        case Object value -> value.toString();
      };
    }
  }

  /**
   * The deserializer's exception, which the ErrorHandlingDeserializer left in the record's headers,
   * with the raw bytes for the dead letter; as a DeserializationException, the error handler does
   * not retry it.
   */
  private static DeserializationException unreadable(Object payload, Map<?, ?> headers, Class<?> type) {
    if (headers.get(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) instanceof Header header) {
      DeserializationException deserializer = SerializationUtils.byteArrayToDeserializationException(LOG, header);
      if (deserializer != null) {
        return deserializer;
      }
    }
    return new DeserializationException("The record could not be read as " + type.getSimpleName() + ": "
        + (payload == null ? "no payload" : payload.getClass().getName()), null, false, null);
  }

  // In batch mode the binder hands the partitions as a list, in the order of the payloads.
  private static int partitionOf(List<?> partitions, int index) {
    return partitions != null && index < partitions.size() && partitions.get(index) instanceof Integer p ? p : 0;
  }

  // The binder hands each record's headers as a map, in the order of the payloads.
  private static Map<?, ?> headersOf(List<?> headers, int index) {
    return headers != null && index < headers.size() && headers.get(index) instanceof Map<?, ?> ofRecord
        ? ofRecord : Map.of();
  }
}
