package io.supportflow.infra.bench;

import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.Reporter;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.schemas.registry.ConfluentAvroSerializer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A kind of record a service must put on its dead-letter topic, where it is produced and where it
 * must land. Each is keyed {@code poison-...}, as a case id, so its partition is one the load's
 * cases share too.
 */
public sealed interface PoisonRecord {

  /** The topic it is produced on. */
  String topic();

  /** The dead-letter topic it must reach. */
  String deadLetters();

  /** The record's bytes for {@code key}. */
  byte[] value(String key);

  /**
   * Not in Confluent's wire format: no service can read it, so it is dead-lettered before the
   * function runs, without a retry.
   */
  record Unreadable(String topic, String deadLetters) implements PoisonRecord {
    @Override
    public byte[] value(String key) {
      return "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "unreadable record on " + topic + " -> " + deadLetters;
    }
  }

  /**
   * An entitlement decision that reads well but breaks a rule of the domain: its coverage calendar
   * is in a time zone that does not exist. sla-service cannot start the case's clocks from it
   * however often it tries (no data and no restart makes the zone exist), so the decision fails
   * every attempt and reaches {@code sla.dlq} after the retries, with the reason. It is a decision
   * of tenant {@code chaos} for a reporter no mailbox reads, so no demo case or checked mailbox
   * sees it.
   */
  record FailsEveryRetry(String registryUrl) implements PoisonRecord {

    public static final String ZONE = "Mars/Olympus_Mons";

    @Override
    public String topic() {
      return "contracts.entitlements";
    }

    @Override
    public String deadLetters() {
      return "sla.dlq";
    }

    @Override
    public byte[] value(String key) {
      var decision = SampleDecisions.entitled(key, Instant.now())
          .setTenantId("chaos")
          .setCaseNumber("CHAOS-" + key.substring(key.lastIndexOf('-') + 1))
          .setReporter(new Reporter("Poison", "poison@chaos.invalid", null))
          .build();
      decision.getTerms().setCalendar(
          CoverageCalendar.newBuilder().setCalendarId("mars").setZone(ZONE).setWeeklyHours(List.of()).build());
      try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
        serializer.configure(Map.of("schema.registry.url", registryUrl), false);
        return serializer.serialize(topic(), decision);
      }
    }

    @Override
    public String toString() {
      return "decision in time zone " + ZONE + " on " + topic() + ", fails every retry -> " + deadLetters();
    }
  }
}
