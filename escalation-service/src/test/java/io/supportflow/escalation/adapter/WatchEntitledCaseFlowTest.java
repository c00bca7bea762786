package io.supportflow.escalation.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The watch flow against a real KRaft broker, Apicurio registry and Mongo wire server. */
@SpringBootTest(properties = "supportflow.mongodb.database=escalation-flow-test")
class WatchEntitledCaseFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired MongoDatabase database;

  @Test
  void anEntitledCaseIsWatchedWithWhatTheMatrixWalkNeeds() {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString());

    STACK.publish("contracts.entitlements", decision.getCaseId(), decision);

    Document watched = awaitWatched(decision.getCaseId());
    assertThat(watched).containsOnlyKeys("_id", "tenantId", "caseNumber", "priority", "receivedAt",
        "escalationMatrixId", "decisionEventId", "watchedAt");
    assertThat(watched.getString("tenantId")).isEqualTo("acme");
    assertThat(watched.getString("caseNumber")).isEqualTo("ACME-000042");
    assertThat(watched.getString("priority")).isEqualTo("P1");
    assertThat(watched.getDate("receivedAt")).isEqualTo(Date.from(decision.getReceivedAt()));
    assertThat(watched.getString("escalationMatrixId")).isEqualTo("carrier-grade");
    assertThat(watched.getString("decisionEventId")).isEqualTo(decision.getEventId());
  }

  @Test
  void aRedeliveredDecisionChangesNothing() {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString());
    STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
    Document first = awaitWatched(decision.getCaseId());
    // Another case sent with the same key lands on the same partition after the redelivery,
    // so once it is watched the redelivery has been handled.
    EntitlementDecided marker = entitled(UUID.randomUUID().toString());

    STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
    STACK.publish("contracts.entitlements", decision.getCaseId(), marker);

    awaitWatched(marker.getCaseId());
    assertThat(watchedCases().find(Filters.eq("_id", decision.getCaseId())).first())
        .as("watchedAt would move on a rewrite").isEqualTo(first);
    assertThat(watchedCases().countDocuments(Filters.eq("_id", decision.getCaseId()))).isEqualTo(1);
  }

  @Test
  void aCaseThatIsNotEntitledIsNotWatched() {
    String caseId = UUID.randomUUID().toString();
    EntitlementDecided refused = notEntitled(caseId);
    // A later decision on the same case marks that the refusal was handled before it.
    EntitlementDecided later = entitled(caseId);

    STACK.publish("contracts.entitlements", caseId, refused);
    STACK.publish("contracts.entitlements", caseId, later);

    assertThat(awaitWatched(caseId).getString("decisionEventId"))
        .as("the refusal wrote nothing").isEqualTo(later.getEventId());
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    EntitlementDecided next = entitled(UUID.randomUUID().toString());
    try (TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "escalation.dlq")) {
      STACK.publishRaw("contracts.entitlements", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      STACK.publish("contracts.entitlements", next.getCaseId(), next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("contracts.entitlements");
      awaitWatched(next.getCaseId());
    }
  }

  private Document awaitWatched(String caseId) {
    return await().atMost(DEADLINE).until(
        () -> watchedCases().find(Filters.eq("_id", caseId)).first(), d -> d != null);
  }

  private MongoCollection<Document> watchedCases() {
    return database.getCollection("watched_cases");
  }

  private static EntitlementDecided entitled(String caseId) {
    return SampleDecisions.entitled(caseId, receivedJustNow(),
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 60, TimeUnit.CLOCK_MINUTES)).build();
  }

  private static EntitlementDecided notEntitled(String caseId) {
    return SampleDecisions.notEntitled(caseId, receivedJustNow()).build();
  }

  private static Instant receivedJustNow() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(2);
  }
}
