package io.supportflow.schemas;

import io.supportflow.events.ApiKeyChanged;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.ContractChanged;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.TenantChanged;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;

/**
 * The topics of the platform. Each is written by exactly one service (named first; the tenants.*
 * topics by contracts-service, which owns tenants and keys). Case topics are keyed by case id, so
 * every event of a case lands on the same partition number on every topic. The tenants.* topics are
 * compacted: they keep the newest state of each key, and their readers read them from the beginning.
 */
public enum Topics {
  INTAKE_REQUESTS("intake.requests", RequestReceived.class),
  INTAKE_CASE_ACTIVITY("intake.case-activity", CaseActivityRecorded.class),
  /** Major incidents, told to each linked case: one event per case, keyed by its case id. */
  INTAKE_INCIDENTS("intake.incidents", IncidentActivityRecorded.class),
  CONTRACTS_ENTITLEMENTS("contracts.entitlements", EntitlementDecided.class),
  /** Not a case event: keyed by customer id, so one customer's contract changes stay in order. */
  CONTRACTS_CONTRACT_CHANGES("contracts.contract-changes", ContractChanged.class),
  SLA_EVENTS("sla.events", SlaClockChanged.class),
  /** For reports: one downtime figure per resolved case. */
  SLA_DOWNTIME("sla.downtime", CaseDowntimeMeasured.class),
  ESCALATION_EVENTS("escalation.events", EscalationRaised.class),
  NOTIFICATION_EVENTS("notification.events", NotificationAttempted.class),
  /** Compacted, keyed by tenant id: each tenant's directory entry (name, zone, case-number prefix). */
  TENANTS_DIRECTORY("tenants.directory", TenantChanged.class),
  /** Compacted, keyed by key digest: each API key's state, read by every service with an API (docs/adr/0012). */
  TENANTS_KEYS("tenants.keys", ApiKeyChanged.class);

  /** Dead-letter topics, one per consuming service, named after the service that writes them. */
  public static final List<String> DEAD_LETTER_TOPICS =
      List.of("contracts.dlq", "sla.dlq", "escalation.dlq", "notification.dlq", "console.dlq", "intake.dlq");

  private final String topicName;
  private final Class<? extends SpecificRecord> eventType;

  Topics(String topicName, Class<? extends SpecificRecord> eventType) {
    this.topicName = topicName;
    this.eventType = eventType;
  }

  public String topicName() {
    return topicName;
  }

  public Class<? extends SpecificRecord> eventType() {
    return eventType;
  }

  /**
   * Whether the topic is compacted (cleanup.policy=compact): it holds the newest state per key, not
   * a history, and is read from its beginning.
   */
  public boolean compacted() {
    return this == TENANTS_DIRECTORY || this == TENANTS_KEYS;
  }

  /** The settings a topic of this name is created with: compaction for the state topics, else the broker's defaults. */
  public static Map<String, String> configsOf(String topicName) {
    return Arrays.stream(values()).filter(t -> t.topicName.equals(topicName) && t.compacted()).findFirst()
        .map(t -> Map.of("cleanup.policy", "compact")).orElse(Map.of());
  }

  /** Every topic of the platform: the event topics and the dead-letter topics. */
  public static List<String> allTopicNames() {
    return Stream.concat(Arrays.stream(values()).map(Topics::topicName), DEAD_LETTER_TOPICS.stream()).toList();
  }

  /** The topic that carries events of this type. */
  public static Topics carrying(Class<? extends SpecificRecord> type) {
    for (Topics topic : values()) {
      if (topic.eventType.equals(type)) {
        return topic;
      }
    }
    throw new IllegalArgumentException("No topic carries " + type.getSimpleName());
  }

  /** Confluent's TopicNameStrategy: the value schema of topic t is registered under "t-value". */
  public String valueSubject() {
    return topicName + "-value";
  }
}
