package io.supportflow.infra.events;

import io.supportflow.infra.kafka.GrouplessConsumers;
import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads topics without a consumer group (no service's offsets move) and decodes each value through
 * the registry with the platform's Confluent deserializer. A value that cannot be decoded is handed on
 * with the reason, never stops the read. Positions: the beginning, the end, or the first record at or
 * after an instant.
 */
final class TopicReader implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, byte[]> consumer;
  private final ConfluentAvroDeserializer deserializer;
  private final Clock clock;
  private long read;
  private long written;

  TopicReader(String bootstrap, SchemaRegistryClient registry, Clock clock) {
    this.consumer = GrouplessConsumers.raw(bootstrap);
    this.deserializer = new ConfluentAvroDeserializer(registry);
    this.clock = clock;
  }

  /**
   * Reads from the chosen position and hands every record the filter lets through to the sink:
   * up to the end offsets as of the start, or, following, until the deadline (null: until stopped).
   */
  void read(List<String> topics, Start start, boolean follow, Instant deadline, Predicate<EventRecord> filter,
      Consumer<EventRecord> sink, Progress progress, Runnable afterBatch) {
    List<TopicPartition> partitions = GrouplessConsumers.assignAll(consumer, topics, start.fromBeginning());
    if (start.since() != null) {
      seekTo(partitions, start.since());
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    long total = 0;
    for (TopicPartition p : partitions) {
      total += Math.max(0, ends.get(p) - consumer.position(p));
    }
    while (follow ? deadline == null || clock.instant().isBefore(deadline) : !readToEnd(partitions, ends)) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        read++;
        EventRecord event = decode(record);
        if (filter.test(event)) {
          written++;
          sink.accept(event);
        }
      }
      afterBatch.run();
      progress.update(read, follow ? -1 : total, written);
    }
  }

  long read() {
    return read;
  }

  long written() {
    return written;
  }

  private EventRecord decode(ConsumerRecord<String, byte[]> record) {
    boolean deadLetter = Topics.DEAD_LETTER_TOPICS.contains(record.topic());
    try {
      SpecificRecord event = deserializer.deserialize(record.topic(), record.value());
      return EventRecord.decoded(record, event, deadLetter);
    } catch (SerializationException e) {
      return EventRecord.undecodable(record, e.getMessage(), deadLetter);
    }
  }

  private void seekTo(List<TopicPartition> partitions, Instant since) {
    Map<TopicPartition, Long> times = new HashMap<>();
    partitions.forEach(p -> times.put(p, since.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    for (TopicPartition p : partitions) {
      OffsetAndTimestamp at = offsets.get(p);
      consumer.seek(p, at == null ? ends.get(p) : at.offset());
    }
  }

  private boolean readToEnd(List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
    return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
  }

  @Override
  public void close() {
    consumer.close();
  }

  /** Where reading starts: the beginning, the first record at or after {@code since}, or (neither) the end. */
  record Start(boolean fromBeginning, Instant since) {}
}
