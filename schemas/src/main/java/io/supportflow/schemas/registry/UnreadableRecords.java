package io.supportflow.schemas.registry;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Dead-letters records the ErrorHandlingDeserializer could not read. The listener container throws
 * those before the function runs, so the binder's own dead-letter path (retry, then DLQ) never
 * sees them; without this handler the container would log and skip them. The raw bytes go to the
 * service's DLQ with the binder's header names, so every dead letter reads the same.
 */
public final class UnreadableRecords {

  private UnreadableRecords() {}

  public static CommonErrorHandler deadLetterHandler(String bootstrapServers, String dlqName) {
    KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(),
        new ByteArraySerializer()));
    DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
        template, (record, e) -> new TopicPartition(dlqName, record.partition()));
    recoverer.setHeadersFunction(UnreadableRecords::binderStyleHeaders);
    // An unreadable record stays unreadable: no retries.
    return new DefaultErrorHandler(recoverer, new FixedBackOff(0L, 0L));
  }

  private static Headers binderStyleHeaders(
      org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record, Exception e) {
    Throwable reason = deserializationFailure(e);
    Headers headers = new RecordHeaders();
    headers.add("x-original-topic", utf8(record.topic()));
    headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(record.partition()).array());
    headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(record.offset()).array());
    headers.add("x-exception-fqcn", utf8(reason.getClass().getName()));
    headers.add("x-exception-message", utf8(message(reason)));
    return headers;
  }

  private static Throwable deserializationFailure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DeserializationException) {
        return t;
      }
    }
    return e;
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
