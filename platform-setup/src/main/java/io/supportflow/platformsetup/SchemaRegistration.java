package io.supportflow.platformsetup;

import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Registers each topic's event schema under its subject ({@code <topic>-value}, the serializer's
 * TopicNameStrategy), after setting the registry's compatibility to BACKWARD. The event schemas
 * carry every other .avsc (terms, priority, calendar) inlined, exactly as the serializer sends
 * them, so a service with SCHEMA_AUTO_REGISTER=false finds its schema's id by lookup.
 */
final class SchemaRegistration {

  static final String COMPATIBILITY = "BACKWARD";

  private SchemaRegistration() {}

  /** Returns the id of each subject's schema; the registry refuses (and this fails on) an incompatible one. */
  static Map<String, Integer> apply(SchemaRegistryClient registry) {
    registry.setCompatibility(null, COMPATIBILITY);
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (Topics topic : Topics.values()) {
      Schema schema = SpecificData.get().getSchema(topic.eventType());
      ids.put(topic.valueSubject(), registry.register(topic.valueSubject(), schema));
    }
    return ids;
  }
}
