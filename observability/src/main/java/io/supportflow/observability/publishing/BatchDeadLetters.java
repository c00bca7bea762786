package io.supportflow.observability.publishing;

import io.supportflow.schemas.registry.UnreadableRecords;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The error handler of a batch binding (PollBatch), one for every service: the record a batch
 * failed on is tried three times, 500 ms apart, like a record binding's retries, then
 * dead-lettered alone, by a producer the binder's customizers configure as they do the binder's
 * own, so dead letters are counted alike (supportflow_dlq_records_total).
 */
public final class BatchDeadLetters {

  private static final FixedBackOff THREE_ATTEMPTS = new FixedBackOff(500L, 2L);

  private BatchDeadLetters() {}

  public static CommonErrorHandler handler(String brokers, String registryUrl, String dlq,
      ObjectProvider<ProducerConfigCustomizer> producerCustomizers) {
    Map<String, Object> producer = new HashMap<>(Map.of("schema.registry.url", registryUrl));
    producerCustomizers.forEach(customizer -> customizer.configure(producer, dlq, dlq));
    return UnreadableRecords.forBatches(brokers, producer, dlq, THREE_ATTEMPTS);
  }
}
