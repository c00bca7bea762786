package io.supportflow.infra.testing;

import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.ConfluentAvroSerializer;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads one topic from the moment the probe is opened, decoding through the registry, and writes
 * events the way a service would. For tests: a probe opened before the action sees only what the
 * action caused, and awaiting is polling with a deadline, never a sleep.
 */
public final class TopicProbe implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final ConfluentAvroDeserializer deserializer;
  private final String topic;
  private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

  public TopicProbe(String bootstrapServers, String registryUrl, String topic) {
    this.topic = topic;
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumer = new KafkaConsumer<>(props);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fix the starting point now, not at the first poll
    this.deserializer =
        new ConfluentAvroDeserializer(
            new SchemaRegistryClient(registryUrl, null, Duration.ofSeconds(10)));
  }

  /** Waits until `count` records matching the filter have arrived; returns exactly those. */
  @SuppressWarnings("unchecked")
  public <T extends SpecificRecord> List<T> await(
      Class<T> type, Predicate<T> filter, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<T> matching = new ArrayList<>();
    int decoded = 0;
    while (true) {
      for (; decoded < seen.size(); decoded++) {
        SpecificRecord value = deserializer.deserialize(topic, seen.get(decoded).value());
        if (type.isInstance(value) && filter.test((T) value)) {
          matching.add((T) value);
        }
      }
      if (matching.size() >= count || System.nanoTime() > deadline) {
        if (matching.size() < count) {
          throw new AssertionError("expected %d matching %s on %s within %s, got %d: %s"
              .formatted(count, type.getSimpleName(), topic, timeout, matching.size(), matching));
        }
        return matching;
      }
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
  }

  /** Raw records seen so far plus what arrives within the timeout, for header and key checks. */
  public List<ConsumerRecord<String, byte[]>> awaitRaw(
      Predicate<ConsumerRecord<String, byte[]>> filter, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<ConsumerRecord<String, byte[]>> matching = seen.stream().filter(filter).toList();
      if (matching.size() >= count) {
        return matching;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected %d matching records on %s within %s, got %d"
            .formatted(count, topic, timeout, matching.size()));
      }
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
  }

  /**
   * Raw records seen so far plus what arrives within the window: for asserting that nothing of a
   * kind came, after something that would have come later did.
   */
  public List<ConsumerRecord<String, byte[]>> rawWithin(Duration window) {
    long deadline = System.nanoTime() + window.toNanos();
    while (System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
    }
    return List.copyOf(seen);
  }

  /** A header's value as text, or null when the record has none. */
  public static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** Publishes an event keyed by case id in the wire format the services use. */
  public static void publish(
      String bootstrapServers, String registryUrl, String topic, String key, SpecificRecord event) {
    Map<String, Object> config = Map.of("schema.registry.url", registryUrl);
    try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
      serializer.configure(config, false);
      publishRaw(bootstrapServers, topic, key, serializer.serialize(topic, event));
    }
  }

  /** Publishes arbitrary bytes, e.g. a poison record. */
  public static void publishRaw(String bootstrapServers, String topic, String key, byte[] value) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings(bootstrapServers))) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  /**
   * Publishes the records to one partition with one produce request, in order, so that a consumer
   * reads them in one poll unless it polls in between; a byte[] value goes as it is (a poison
   * record), any other value as an Avro record through the registry.
   */
  public static void publishTogether(
      String bootstrapServers, String registryUrl, String topic, int partition, List<Map.Entry<String, Object>> records) {
    Properties props = producerSettings(bootstrapServers);
    // Held until flush, which sends them together.
    props.put(ProducerConfig.LINGER_MS_CONFIG, 60_000);
    try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
      serializer.configure(Map.of("schema.registry.url", registryUrl), false);
      var sent = records.stream().map(r -> producer.send(new ProducerRecord<>(topic, partition, r.getKey(),
          r.getValue() instanceof byte[] raw ? raw : serializer.serialize(topic, (SpecificRecord) r.getValue()))))
          .toList();
      producer.flush();
      for (var each : sent) {
        each.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not publish to " + topic, e);
    }
  }

  private static Properties producerSettings(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return props;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
