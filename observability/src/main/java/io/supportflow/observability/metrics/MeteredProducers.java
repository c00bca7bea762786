package io.supportflow.observability.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;

/** Adds {@link PublishedEventInterceptor} to every producer the Kafka binder builds. */
public record MeteredProducers(BusinessEventMeters meters, MeterRegistry registry) implements ProducerConfigCustomizer {

  @Override
  public void configure(Map<String, Object> producerProperties, String bindingName, String destination) {
    Object existing = producerProperties.get(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG);
    String ours = PublishedEventInterceptor.class.getName();
    producerProperties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG,
        existing == null || existing.toString().isBlank() ? ours : existing + "," + ours);
    producerProperties.put(PublishedEventInterceptor.METERS, meters);
    producerProperties.put(PublishedEventInterceptor.REGISTRY, registry);
  }
}
