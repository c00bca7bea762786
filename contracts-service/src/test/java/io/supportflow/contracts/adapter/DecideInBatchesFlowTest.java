package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.events.Channel;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The decide flow takes a poll's requests together (PollBatch): each test publishes its requests to
 * one partition in one produce request, so that they arrive as one batch, and checks that batching
 * changes nothing a single request would get: one decision per request, a redelivery answered as
 * before, a poison request dead-lettered alone, each tenant's own policy.
 */
@SpringBootTest(properties = "supportflow.mongodb.database=contracts-flow-test")
@OnTestStack
class DecideInBatchesFlowTest extends DemoTenantFlowSupport {

  private static final int ONE_PARTITION = 0;

  @Autowired MeterRegistry meters;

  @Test
  void aRedeliveredRequestInTheSameBatchGetsTheSameDecisionAndIsStoredOnce() {
    RequestReceived first = request("ops@northwind.example", TENANT);
    RequestReceived other = request("admin@contoso.example", TENANT);
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publishTogether(first, other, first);

      List<EntitlementDecided> ofFirst = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(first.getCaseId()), 2, DEADLINE);
      EntitlementDecided ofOther = decided(decisions, other);

      assertThat(ofFirst.get(1)).isEqualTo(ofFirst.get(0));
      assertThat(ofFirst.get(0).getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      assertThat(ofOther.getCustomerId()).isEqualTo("contoso");
      assertThat(database.getCollection("decisions").countDocuments(Filters.eq("_id", first.getEventId())))
          .isEqualTo(1);
      assertThat(database.getCollection("cases").countDocuments(Filters.eq("_id", first.getCaseId())))
          .isEqualTo(1);
    }
  }

  @Test
  void aPoisonRequestInsideABatchGoesToTheDeadLetterTopicAloneAndTheOthersAreDecided() {
    String brokenTenant = "broken-" + UUID.randomUUID();
    // A policy that cannot be read: every request of this tenant fails, on every attempt.
    database.getCollection("tenantPolicies").insertOne(new Document("_id", brokenTenant)
        .append("revision", 1L).append("policy", new Document("notAPolicy", true)));
    RequestReceived before = request("ops@northwind.example", TENANT);
    RequestReceived poison = request("ops@northwind.example", brokenTenant);
    RequestReceived after = request("admin@contoso.example", TENANT);
    double deadLettersBefore = deadLetters();
    try (TopicProbe dlq = probe("contracts.dlq"); TopicProbe decisions = probe("contracts.entitlements")) {
      publishTogether(before, poison, after);

      decided(decisions, before);
      decided(decisions, after);
      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poison.getCaseId().equals(r.key()), 1, DEADLINE).getFirst();

      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("intake.requests");
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("tenant: is required");
      assertThat(deadLetters()).as("counted for the dead-letter alert").isGreaterThan(deadLettersBefore);
      assertThat(dlq.rawWithin(Duration.ofMillis(500)))
          .as("only the poison request is dead-lettered")
          .extracting(ConsumerRecord::key)
          .doesNotContain(before.getCaseId(), after.getCaseId());
      assertThat(decisions.rawWithin(Duration.ZERO)).extracting(ConsumerRecord::key)
          .doesNotContain(poison.getCaseId());
    } finally {
      database.getCollection("tenantPolicies").deleteOne(Filters.eq("_id", brokenTenant));
    }
  }

  @Test
  void aBatchSpanningTwoTenantsDecidesEachRequestUnderItsOwnTenantsPolicy() {
    String tenantWithoutPolicy = "newcomer-" + UUID.randomUUID();
    RequestReceived ofAcme = request("ops@northwind.example", TENANT);
    RequestReceived ofNewcomer = request("ops@northwind.example", tenantWithoutPolicy);
    RequestReceived ofAcmeAgain = request("admin@contoso.example", TENANT);
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publishTogether(ofAcme, ofNewcomer, ofAcmeAgain);

      assertThat(decided(decisions, ofAcme).getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      EntitlementDecided newcomer = decided(decisions, ofNewcomer);
      assertThat(newcomer.getTenantId()).isEqualTo(tenantWithoutPolicy);
      assertThat(newcomer.getReasonCode())
          .as("the same customer is unknown to a tenant whose policy does not name it")
          .isEqualTo("UNKNOWN_CUSTOMER");
      assertThat(decided(decisions, ofAcmeAgain).getCustomerId()).isEqualTo("contoso");
    }
  }

  private double deadLetters() {
    var counter = meters.find("supportflow.dlq.records").tag("topic", "contracts.dlq").counter();
    return counter == null ? 0 : counter.count();
  }

  private static void publishTogether(RequestReceived... requests) {
    TopicProbe.publishTogether(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.requests",
        ONE_PARTITION, java.util.Arrays.stream(requests)
            .map(r -> Map.entry(r.getCaseId(), (Object) r)).toList());
  }

  private static EntitlementDecided decided(TopicProbe decisions, RequestReceived request) {
    return decisions.await(EntitlementDecided.class, d -> d.getCaseId().equals(request.getCaseId()), 1, DEADLINE)
        .getFirst();
  }

  private static RequestReceived request(String email, String tenant) {
    return checkoutDown("ACME-000043", Channel.PORTAL, new Reporter("Olivia Ops", email, null))
        .setTenantId(tenant).build();
  }
}
