package io.supportflow.infra.events;

import io.supportflow.infra.dlq.DeadLetter;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record of a topic as the tool shows it: where it sits, its key, and its value decoded through
 * the registry; or, when the value cannot be decoded, why not and its bytes.
 *
 * @param event the decoded value, or null when it was not decodable (see {@code error})
 * @param deadLetter where a dead letter came from and why it failed; null on other topics
 */
record EventRecord(
    String topic,
    int partition,
    long offset,
    Instant timestamp,
    String key,
    SpecificRecord event,
    String error,
    byte[] value,
    DeadLetter deadLetter) {

  static EventRecord decoded(ConsumerRecord<String, byte[]> record, SpecificRecord event, boolean deadLetter) {
    return new EventRecord(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
        record.key(), event, null, record.value(), deadLetter ? DeadLetter.of(record) : null);
  }

  static EventRecord undecodable(ConsumerRecord<String, byte[]> record, String error, boolean deadLetter) {
    return new EventRecord(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
        record.key(), null, error, record.value(), deadLetter ? DeadLetter.of(record) : null);
  }

  /** The event's field as text, or null when there is no event or no such field. */
  String field(String name) {
    if (event == null) {
      return null;
    }
    Schema.Field field = event.getSchema().getField(name);
    Object value = field == null ? null : event.get(field.pos());
    return value == null ? null : value.toString();
  }

  /** The event type's simple name, or null. */
  String type() {
    return event == null ? null : event.getSchema().getName();
  }
}
