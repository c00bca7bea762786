package io.supportflow.infra.bench;

import io.supportflow.infra.dlq.DeadLetter;
import io.supportflow.infra.kafka.GrouplessConsumers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Notes when each poison record (by key) reaches the dead-letter topic, and why, from its end onwards. */
final class PoisonWatch implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private volatile boolean closed;

  /** When a poison record was seen on the DLQ (nanoTime), and the reason its headers give. */
  record Seen(long atNanos, String reason) {}

  PoisonWatch(String bootstrap, String deadLetters, Map<String, Seen> seen) {
    consumer = GrouplessConsumers.raw(bootstrap);
    // From the end as of now: before the first poison record goes out.
    GrouplessConsumers.assignAll(consumer, List.of(deadLetters), false);
    thread = new Thread(() -> {
      try {
        while (!closed) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            if (record.key() != null && record.key().startsWith("poison-")) {
              seen.putIfAbsent(record.key(), new Seen(System.nanoTime(), DeadLetter.of(record).reason()));
            }
          }
        }
      } catch (WakeupException e) {
        // closing
      } finally {
        consumer.close();
      }
    }, "poison-watch");
    thread.setDaemon(true);
    thread.start();
  }

  static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props);
  }

  @Override
  public void close() throws InterruptedException {
    closed = true;
    consumer.wakeup();
    thread.join(5_000);
  }
}
