package io.supportflow.sla.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first-response flow against a real KRaft broker, Apicurio registry and Mongo wire server. */
@SpringBootTest(properties = "supportflow.mongodb.database=sla-flow-test")
class StartFirstResponseClockFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final ReactionTarget P1_15_MINUTES =
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES);

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired MongoDatabase database;

  @Test
  void anEntitledDecisionStartsTheFirstResponseClockKeyedByCase() {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), P1_15_MINUTES);
    String caseId = decision.getCaseId();
    Instant received = decision.getReceivedAt();
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);

      SlaClockChanged started = events.await(SlaClockChanged.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();

      assertThat(started).isEqualTo(SlaClockChanged.newBuilder()
          .setEventId(UUID.nameUUIDFromBytes(
              ("sla:" + caseId + ":FIRST_RESPONSE:STARTED").getBytes(StandardCharsets.UTF_8)).toString())
          .setOccurredAt(received)
          .setTenantId("acme")
          .setCaseId(caseId)
          .setCaseNumber("ACME-000042")
          .setClock(SlaClockKind.FIRST_RESPONSE)
          .setChange(SlaClockChange.STARTED)
          .setPriority(Priority.P1)
          .setTarget(P1_15_MINUTES)
          .setStartedAt(received)
          .setDeadline(received.plus(15, ChronoUnit.MINUTES))
          .setWarningAt(received.plusSeconds(675))
          .setCountedMillis(0L)
          .setMarginMillis(null)
          .build());
      ConsumerRecord<String, byte[]> raw = events.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(raw.value()[0]).as("Confluent magic byte").isZero();
      Document stored = clocks().find(Filters.eq("_id", caseId + ":FIRST_RESPONSE")).first();
      assertThat(stored).isNotNull();
      assertThat(stored.getString("decisionEventId")).isEqualTo(decision.getEventId());
      assertThat(stored.get("emitted", Document.class).getString("eventId")).isEqualTo(started.getEventId());
    }
  }

  @Test
  void aRedeliveredDecisionRepeatsTheSameEventAndStoresOneClock() {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), P1_15_MINUTES);
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);

      List<SlaClockChanged> both = events.await(SlaClockChanged.class,
          e -> e.getCaseId().equals(decision.getCaseId()), 2, DEADLINE);

      assertThat(both.get(1)).isEqualTo(both.get(0));
      assertThat(clocks().countDocuments(Filters.eq("caseId", decision.getCaseId()))).isEqualTo(1);
    }
  }

  @Test
  void aDecisionWithoutTermsStartsNoClock() {
    String caseId = UUID.randomUUID().toString();
    EntitlementDecided refused = notEntitled(caseId);
    // A later decision on the same case (same key, same partition) marks that the first was handled.
    EntitlementDecided later = EntitlementDecided.newBuilder(entitled(caseId, P1_15_MINUTES))
        .setReceivedAt(refused.getReceivedAt().plusSeconds(60))
        .build();
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish("contracts.entitlements", refused.getCaseId(), refused);
      STACK.publish("contracts.entitlements", later.getCaseId(), later);

      SlaClockChanged first = events.await(SlaClockChanged.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();

      assertThat(first.getStartedAt()).as("the first event on the case is the later decision's").isEqualTo(later.getReceivedAt());
      assertThat(events.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE))
          .as("no record at all, not even a tombstone, for the refusal").hasSize(1);
      assertThat(clocks().find(Filters.eq("_id", caseId + ":FIRST_RESPONSE")).first().getString("decisionEventId"))
          .isEqualTo(later.getEventId());
    }
  }

  @Test
  void aBusinessHoursTargetIsDeadLetteredWithTheReasonAndTheNextDecisionFlows() {
    EntitlementDecided businessHours = entitled(UUID.randomUUID().toString(),
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 4, TimeUnit.BUSINESS_HOURS));
    EntitlementDecided next = entitled(UUID.randomUUID().toString(), P1_15_MINUTES);
    try (TopicProbe dlq = STACK.probe("sla.dlq"); TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish("contracts.entitlements", businessHours.getCaseId(), businessHours);
      STACK.publish("contracts.entitlements", next.getCaseId(), next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> businessHours.getCaseId().equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(TopicProbe.header(dead, "x-exception-message"))
          .contains("Cannot time the P1 FIRST_RESPONSE target of 4 BUSINESS_HOURS yet");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("contracts.entitlements");
      assertThat(dlq.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(businessHours.getCaseId()), 1, DEADLINE)).containsExactly(businessHours);
      events.await(SlaClockChanged.class, e -> e.getCaseId().equals(next.getCaseId()), 1, DEADLINE);
      assertThat(clocks().countDocuments(Filters.eq("caseId", businessHours.getCaseId()))).isZero();
    }
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    EntitlementDecided next = entitled(UUID.randomUUID().toString(), P1_15_MINUTES);
    try (TopicProbe dlq = STACK.probe("sla.dlq"); TopicProbe events = STACK.probe("sla.events")) {
      STACK.publishRaw("contracts.entitlements", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      STACK.publish("contracts.entitlements", next.getCaseId(), next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("contracts.entitlements");
      events.await(SlaClockChanged.class, e -> e.getCaseId().equals(next.getCaseId()), 1, DEADLINE);
    }
  }

  private com.mongodb.client.MongoCollection<Document> clocks() {
    return database.getCollection("clocks");
  }

  private static EntitlementDecided entitled(String caseId, ReactionTarget target) {
    return SampleDecisions.entitled(caseId, receivedJustNow(), target).build();
  }

  private static EntitlementDecided notEntitled(String caseId) {
    return SampleDecisions.notEntitled(caseId, receivedJustNow()).build();
  }

  private static Instant receivedJustNow() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(2);
  }
}
