package io.supportflow.schemas;

import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * The head every event about a case starts with, whichever service writes it: its event id, when
 * it occurred, and the case's tenant, id and number. Set by field name on any case event type; hand
 * the event to the type's copy builder for the rest, whose build() still refuses a field left unset.
 */
public record CaseEventHead(String eventId, Instant occurredAt, String tenantId, String caseId, String caseNumber) {

  /** The event with this head set. */
  public <R extends SpecificRecord> R on(R event) {
    put(event, "eventId", eventId);
    put(event, "occurredAt", occurredAt);
    put(event, "tenantId", tenantId);
    put(event, "caseId", caseId);
    put(event, "caseNumber", caseNumber);
    return event;
  }

  private static void put(SpecificRecord event, String field, Object value) {
    Schema.Field f = event.getSchema().getField(field);
    if (f == null) {
      throw new IllegalArgumentException(event.getSchema().getName() + " has no field " + field + " of a case event's head");
    }
    event.put(f.pos(), value);
  }
}
