package io.supportflow.schemas.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead-letters records the ErrorHandlingDeserializer could not read. The listener container throws
 * those before the function runs, so the binder's own dead-letter path (retry, then DLQ) never
 * sees them; without this handler the container would log and skip them. The raw bytes go to the
 * service's DLQ with the binder's header names, so every dead letter reads the same.
 */
public final class UnreadableRecords {

  private UnreadableRecords() {}

  /**
   * For a record binding, where this handler meets only unreadable records: dead-lettered at once,
   * as their bytes.
   *
   * @param producerSettings the dead-letter producer's settings beyond the brokers, e.g. the
   *     interceptors that count dead letters
   */
  public static CommonErrorHandler deadLetterHandler(String bootstrapServers, Map<String, Object> producerSettings,
      String dlqName) {
    // An unreadable record stays unreadable: no retries.
    return deadLetterHandler(bootstrapServers, producerSettings, dlqName, new ByteArraySerializer(),
        new FixedBackOff(0L, 0L));
  }

  /**
   * For a batch binding (PollBatch), where this handler meets every failure, not only unreadable
   * records: the record a batch failed on is retried with the back-off, then dead-lettered alone
   * with the reason, an event as Avro through the registry, an unreadable record as its bytes.
   * Unreadable records are never retried (DefaultErrorHandler does not retry a
   * DeserializationException).
   *
   * @param producerSettings the dead-letter producer's settings beyond the brokers: the registry's
   *     address (schema.registry.url), and the interceptors that count dead letters
   */
  public static CommonErrorHandler forBatches(
      String bootstrapServers, Map<String, Object> producerSettings, String dlqName, BackOff retries) {
    // The producer factory configures both with its settings, the registry's address among them.
    Serializer<Object> bytesOrEvents = new DelegatingByTypeSerializer(
        Map.of(byte[].class, new ByteArraySerializer(), SpecificRecord.class, new ConfluentAvroSerializer()), true);
    return deadLetterHandler(bootstrapServers, producerSettings, dlqName, bytesOrEvents, retries);
  }

  private static <V> CommonErrorHandler deadLetterHandler(String bootstrapServers, Map<String, Object> settings,
      String dlqName, Serializer<V> values, BackOff retries) {
    Map<String, Object> producer = new HashMap<>(settings);
    producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    KafkaTemplate<String, V> template =
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), values));
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
        template, (record, e) -> new TopicPartition(dlqName, record.partition()));
    recoverer.setHeadersFunction(UnreadableRecords::binderStyleHeaders);
    return new DefaultErrorHandler(recoverer, retries);
  }

  private static Headers binderStyleHeaders(
      org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record, Exception e) {
    Throwable reason = reason(e);
    Headers headers = new RecordHeaders();
    headers.add("x-original-topic", utf8(record.topic()));
    headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
    headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
    headers.add("x-exception-fqcn", utf8(reason.getClass().getName()));
    headers.add("x-exception-message", utf8(message(reason)));
    return headers;
  }

  /**
   * The deserializer's exception where there is one in the cause chain (PollBatch puts it there
   * for a batch); else why the batch listener said its record failed, without the wrappers of the
   * listener, the binder and the batch.
   */
  private static Throwable reason(Exception e) {
    Throwable failedRecord = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DeserializationException) {
        return t;
      }
      if (t instanceof BatchListenerFailedException && failedRecord == null) {
        failedRecord = t.getCause();
      }
    }
    return failedRecord != null ? failedRecord : e;
  }

  // The deserializer's own words are in the cause ("not in Confluent's Avro wire format ...").
  private static String message(Throwable t) {
    Throwable cause = t.getCause();
    if (cause == null || cause.getMessage() == null) {
      return String.valueOf(t.getMessage());
    }
    return t.getMessage() + "; " + cause.getMessage();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
