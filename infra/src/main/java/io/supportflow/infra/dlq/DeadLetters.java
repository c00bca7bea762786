package io.supportflow.infra.dlq;

import io.supportflow.infra.kafka.GrouplessConsumers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads a dead-letter topic and puts chosen records back on the topic they came from. Replaying is
 * safe to repeat: the record goes back with its key and bytes unchanged, so it carries its event id,
 * and every consumer ignores an event id it has already handled. Reading joins no consumer group, so
 * the tool never moves any service's offsets.
 */
public final class DeadLetters implements AutoCloseable {

  /** Header on a replayed record: which dead letter it was. */
  public static final String REPLAYED_FROM = "x-replayed-from";

  private static final Duration READ_DEADLINE = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final KafkaConsumer<String, byte[]> consumer;
  private KafkaProducer<String, byte[]> producer;

  public DeadLetters(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    this.consumer = GrouplessConsumers.raw(bootstrapServers);
  }

  /** Every record of the dead-letter topic now, oldest first per partition. */
  public List<DeadLetter> list(String dlqTopic) {
    List<TopicPartition> partitions = GrouplessConsumers.assignAll(consumer, List.of(dlqTopic), true);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    List<DeadLetter> letters = new ArrayList<>();
    Instant giveUp = Instant.now().plus(READ_DEADLINE);
    while (!readToEnd(partitions, ends)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("Could not read " + dlqTopic + " to its end within " + READ_DEADLINE);
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        letters.add(DeadLetter.of(record));
      }
    }
    return letters;
  }

  /**
   * Puts the letters back on their original topics with their keys and bytes, marked with
   * {@link #REPLAYED_FROM}; returns once the broker has every one.
   */
  public void replay(Collection<DeadLetter> letters) {
    for (DeadLetter letter : letters) {
      if (!letter.replayable()) {
        throw new IllegalArgumentException(letter.position() + " does not name its original topic");
      }
    }
    KafkaProducer<String, byte[]> out = producer();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (DeadLetter letter : letters) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(letter.originalTopic(), letter.key(), letter.value());
      record.headers().add(REPLAYED_FROM, letter.position().getBytes(StandardCharsets.UTF_8));
      sent.add(out.send(record));
    }
    out.flush();
    for (Future<RecordMetadata> each : sent) {
      try {
        each.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("Replay failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while replaying", e);
      }
    }
  }

  private boolean readToEnd(List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
    return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      producer = new KafkaProducer<>(props);
    }
    return producer;
  }

  @Override
  public void close() {
    consumer.close();
    if (producer != null) {
      producer.close();
    }
  }
}
