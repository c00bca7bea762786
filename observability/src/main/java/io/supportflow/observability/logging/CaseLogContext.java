package io.supportflow.observability.logging;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the case a record is about into the log context (MDC) while a consumer handles it, so every
 * line it causes names {@code caseId}, {@code tenantId} and {@code caseNumber} beside the trace id
 * (in the JSON layout, {@code LOG_FORMAT=json}). Records are keyed by case id; the other two come
 * from the event when it carries them.
 */
public class CaseLogContext implements ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> {

  static final String CASE_ID = "caseId";
  static final String TENANT_ID = "tenantId";
  static final String CASE_NUMBER = "caseNumber";

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
    container.setRecordInterceptor((RecordInterceptor) new Interceptor());
  }

  static final class Interceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
      put(CASE_ID, record.key());
      if (record.value() instanceof GenericRecord event) {
        put(TENANT_ID, field(event, TENANT_ID));
        put(CASE_NUMBER, field(event, CASE_NUMBER));
      }
      return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
      MDC.remove(CASE_ID);
      MDC.remove(TENANT_ID);
      MDC.remove(CASE_NUMBER);
    }

    private static Object field(GenericRecord event, String name) {
      return event.getSchema().getField(name) == null ? null : event.get(name);
    }

    private static void put(String key, Object value) {
      if (value != null) {
        MDC.put(key, value.toString());
      }
    }
  }
}
