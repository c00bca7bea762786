package io.supportflow.infra.kafka;

import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.RegistrySerdeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumers for tools and probes: they join no group and take every partition themselves, so
 * reading a topic never moves a service's offsets and never waits for a rebalance.
 */
public final class GrouplessConsumers {

  private GrouplessConsumers() {}

  /** Keys as text, values as the bytes on the wire (dead letters, poison records). */
  public static KafkaConsumer<String, byte[]> raw(String bootstrap) {
    Properties props = base(bootstrap);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(props);
  }

  /** Values decoded through the registry into the generated event classes. */
  public static KafkaConsumer<String, SpecificRecord> events(String bootstrap, String registryUrl) {
    Properties props = base(bootstrap);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class.getName());
    props.put(RegistrySerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
    return new KafkaConsumer<>(props);
  }

  /**
   * Assigns every partition of the topics, positioned at their beginning or at their end as of now
   * (resolved at once, so what is produced after this call is read).
   */
  public static List<TopicPartition> assignAll(KafkaConsumer<?, ?> consumer, List<String> topics, boolean fromBeginning) {
    List<TopicPartition> partitions = topics.stream()
        .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition())))
        .toList();
    if (partitions.isEmpty()) {
      throw new IllegalArgumentException("No partitions for " + topics + ": is the topic there?");
    }
    consumer.assign(partitions);
    if (fromBeginning) {
      consumer.seekToBeginning(partitions);
    } else {
      consumer.seekToEnd(partitions);
    }
    partitions.forEach(consumer::position);
    return partitions;
  }

  private static Properties base(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    return props;
  }
}
