package io.supportflow.observability.publishing;

import io.supportflow.schemas.registry.UnreadableRecords;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handlers that dead-letter what the binder's own DLQ does not see, one for every
 * service. Their producers are configured by the binder's customizers as the binder's own are, so
 * every dead letter is counted alike (supportflow_dlq_records_total, the SupportFlowDeadLetters alert).
 */
public final class DeadLetterHandlers {

  private static final FixedBackOff THREE_ATTEMPTS = new FixedBackOff(500L, 2L);

  private DeadLetterHandlers() {}

  /**
   * Of a batch binding (PollBatch): the record a poll failed on is tried three times, 500 ms apart,
   * like a record binding's retries, then dead-lettered alone; an unreadable record at once.
   */
  public static CommonErrorHandler forPolls(String brokers, String registryUrl, String dlq,
      ObjectProvider<ProducerConfigCustomizer> producerCustomizers) {
    Map<String, Object> producer = producer(dlq, producerCustomizers);
    producer.put("schema.registry.url", registryUrl);
    return UnreadableRecords.forBatches(brokers, producer, dlq, THREE_ATTEMPTS);
  }

  /**
   * Of a record binding: records that cannot be read, which fail before the function runs and so
   * never reach the binder's DLQ, dead-lettered at once with their bytes.
   */
  public static CommonErrorHandler forUnreadableRecords(String brokers, String dlq,
      ObjectProvider<ProducerConfigCustomizer> producerCustomizers) {
    return UnreadableRecords.deadLetterHandler(brokers, producer(dlq, producerCustomizers), dlq);
  }

  /** The dead-letter producer's settings as the binder's customizers make them (the counting interceptor). */
  private static Map<String, Object> producer(String dlq, ObjectProvider<ProducerConfigCustomizer> customizers) {
    Map<String, Object> producer = new HashMap<>();
    customizers.forEach(customizer -> customizer.configure(producer, dlq, dlq));
    return producer;
  }
}
