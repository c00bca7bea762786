package io.supportflow.infra.dlq;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One record of a dead-letter topic, as the services' binders wrote it: the record's key and bytes
 * as they were, where they came from and why they failed (the {@code x-original-*} and
 * {@code x-exception-*} headers).
 *
 * @param reason the first line of the failure's message
 * @param replayedFrom set when this record was itself put back by {@code bin/dlq} before
 */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    Instant deadAt,
    String key,
    byte[] value,
    String originalTopic,
    String originalPartition,
    String originalOffset,
    String reason,
    String exceptionClass) {

  /** Reads the headers of a dead-letter record; a missing header reads as empty. */
  public static DeadLetter of(ConsumerRecord<String, byte[]> record) {
    Headers headers = record.headers();
    String message = text(headers, "x-exception-message");
    int newline = message.indexOf('\n');
    return new DeadLetter(
        record.topic(),
        record.partition(),
        record.offset(),
        Instant.ofEpochMilli(record.timestamp()),
        record.key(),
        record.value(),
        text(headers, "x-original-topic"),
        text(headers, "x-original-partition"),
        text(headers, "x-original-offset"),
        newline < 0 ? message : message.substring(0, newline),
        text(headers, "x-exception-fqcn"));
  }

  /** {@code topic:partition:offset}, how the tool names a dead letter on its command line. */
  public String position() {
    return topic + ":" + partition + ":" + offset;
  }

  /** Whether the record can go back at all (the binder named its origin). */
  public boolean replayable() {
    return !originalTopic.isEmpty();
  }

  private static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    if (header == null || header.value() == null) {
      return "";
    }
    // The binder writes partition and offset as 4- and 8-byte numbers, the rest as UTF-8.
    byte[] bytes = header.value();
    if (name.equals("x-original-partition") && bytes.length == Integer.BYTES) {
      return String.valueOf(java.nio.ByteBuffer.wrap(bytes).getInt());
    }
    if (name.equals("x-original-offset") && bytes.length == Long.BYTES) {
      return String.valueOf(java.nio.ByteBuffer.wrap(bytes).getLong());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
