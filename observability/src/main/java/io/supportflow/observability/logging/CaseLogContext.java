package io.supportflow.observability.logging;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
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

  /**
   * Names the case on every log line of this thread until the scope is closed, which restores what
   * was there before (so a scope opened inside another leaves the outer one as it was). Any of the
   * three may be null: the line then names none.
   */
  public static Scope open(String tenantId, String caseId, String caseNumber) {
    String[] keys = {TENANT_ID, CASE_ID, CASE_NUMBER};
    String[] values = {tenantId, caseId, caseNumber};
    String[] before = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      before[i] = MDC.get(keys[i]);
      if (values[i] == null) {
        MDC.remove(keys[i]);
      } else {
        MDC.put(keys[i], values[i]);
      }
    }
    return () -> {
      for (int i = 0; i < keys.length; i++) {
        if (before[i] == null) {
          MDC.remove(keys[i]);
        } else {
          MDC.put(keys[i], before[i]);
        }
      }
    };
  }

  /**
   * Names the case on every later log line of this thread, until {@link #clear()} at the end of the
   * unit of work (the request, the mail, the record) or another case is named: for where a case
   * becomes known deep inside the work, e.g. when it is stored or read.
   */
  public static void name(String tenantId, String caseId, String caseNumber) {
    put(TENANT_ID, tenantId);
    put(CASE_ID, caseId);
    put(CASE_NUMBER, caseNumber);
  }

  /** The case number named in this thread's log context, null when none is. */
  public static String caseNumber() {
    return MDC.get(CASE_NUMBER);
  }

  /** Forgets the case this thread's log lines named (at the end of a request, a mail, a poll). */
  public static void clear() {
    MDC.remove(CASE_ID);
    MDC.remove(TENANT_ID);
    MDC.remove(CASE_NUMBER);
  }

  /** An opened log context; closing it never throws. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group) {
    container.setRecordInterceptor((RecordInterceptor) new Interceptor());
  }

  /**
   * The log context of an event read in a poll, where no interceptor sees each record: its tenant,
   * case and case number, where it has them.
   */
  public static Scope openFor(IndexedRecord event) {
    return open(text(event, TENANT_ID), text(event, CASE_ID), text(event, CASE_NUMBER));
  }

  /** An event's field as text; null when its schema has no such field or the value is null. */
  public static String text(IndexedRecord event, String name) {
    Schema.Field field = event.getSchema().getField(name);
    Object value = field == null ? null : event.get(field.pos());
    return value == null ? null : value.toString();
  }

  static final class Interceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
      put(CASE_ID, record.key());
      if (record.value() instanceof IndexedRecord event) {
        put(TENANT_ID, text(event, TENANT_ID));
        put(CASE_NUMBER, text(event, CASE_NUMBER));
      }
      return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
      clear();
    }

  }

  private static void put(String key, Object value) {
    if (value != null) {
      MDC.put(key, value.toString());
    }
  }
}
