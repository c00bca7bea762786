package io.supportflow.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Sees every record a service's producers send: business events feed {@link BusinessEventMeters},
 * records to a dead-letter topic ({@code *.dlq}) count as DLQ records by topic. Kafka creates the
 * interceptor itself; {@link MeteredProducers} hands it the Spring-built meters through the
 * producer's configuration.
 */
public class PublishedEventInterceptor implements ProducerInterceptor<Object, Object> {

  static final String METERS = "supportflow.business-event-meters";
  static final String REGISTRY = "supportflow.meter-registry";

  private BusinessEventMeters meters;
  private MeterRegistry registry;

  @Override
  public void configure(Map<String, ?> configs) {
    meters = (BusinessEventMeters) configs.get(METERS);
    registry = (MeterRegistry) configs.get(REGISTRY);
  }

  @Override
  public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
    try {
      if (record.topic().endsWith(".dlq")) {
        if (registry != null) {
          Counter.builder("supportflow.dlq.records").description("Records sent to a dead-letter topic")
              .tag("topic", record.topic()).register(registry).increment();
        }
      } else if (meters != null && record.value() != null) {
        meters.published(record.value());
      }
    } catch (RuntimeException e) {
      // A meter must never stop a record; the producer goes on.
    }
    return record;
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

  @Override
  public void close() {}
}
