package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.contracts.adapter.persistence.MongoContractDirectory;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionMetric;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.TargetUnit;
import io.supportflow.events.Channel;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The decide-entitlement flow against a real KRaft broker, Apicurio registry and Mongo wire server. */
@SpringBootTest(properties = "supportflow.mongodb.database=contracts-flow-test")
class DecideEntitlementFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @Autowired MongoContractDirectory directory;
  @Autowired MongoDatabase database;

  @BeforeEach
  void northwindHasARunning24x7Contract() {
    directory.save(new Customer("northwind", "acme", "Northwind Traders", Set.of("northwind.example")));
    directory.save(new Contract("northwind-24x7", "acme", "northwind", "infra-24x7", null,
        LocalDate.now().minusDays(30), LocalDate.now().plusDays(300),
        CoverageCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")),
        List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES)),
        "carrier-grade"));
  }

  @Test
  void anEntitledRequestIsDecidedOnceWithTheContractTermsKeyedByCase() {
    RequestReceived request = request("ops@northwind.example");
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish(request);

      EntitlementDecided decided = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(request.getCaseId()), 1, DEADLINE).getFirst();

      assertThat(decided.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(decided.getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      assertThat(decided.getRequestEventId()).isEqualTo(request.getEventId());
      assertThat(decided.getCaseNumber()).isEqualTo(request.getCaseNumber());
      assertThat(decided.getContractId()).isEqualTo("northwind-24x7");
      assertThat(decided.getTerms().getPlanName()).isEqualTo("infra-24x7");
      assertThat(decided.getTerms().getCalendar().getZone()).isEqualTo("Europe/Amsterdam");
      assertThat(decided.getTerms().getTargets()).singleElement().satisfies(t -> {
        assertThat(t.getAmount()).isEqualTo(15);
        assertThat(t.getUnit()).isEqualTo(TimeUnit.CLOCK_MINUTES);
      });
      assertThat(decided.getReceivedAt()).isEqualTo(request.getReceivedAt());
      ConsumerRecord<String, byte[]> raw = decisions.awaitRaw(
          r -> request.getCaseId().equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(raw.value()[0]).as("Confluent magic byte").isZero();
    }
  }

  @Test
  void aRedeliveredRequestRepeatsTheSameDecisionAndStoresOne() {
    RequestReceived request = request("ops@northwind.example");
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish(request);
      publish(request);

      List<EntitlementDecided> both = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(request.getCaseId()), 2, DEADLINE);

      assertThat(both.get(1)).isEqualTo(both.get(0));
      assertThat(database.getCollection("decisions")
          .countDocuments(Filters.eq("_id", request.getEventId()))).isEqualTo(1);
    }
  }

  @Test
  void anUnknownSenderIsStillAnsweredWithTheReasonAndNoTerms() {
    RequestReceived request = request("someone@unknown.example");
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish(request);

      EntitlementDecided decided = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(request.getCaseId()), 1, DEADLINE).getFirst();

      assertThat(decided.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(decided.getReasonCode()).isEqualTo("UNKNOWN_CUSTOMER");
      assertThat(decided.getTerms()).isNull();
    }
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    RequestReceived next = request("ops@northwind.example");
    try (TopicProbe dlq = probe("contracts.dlq"); TopicProbe decisions = probe("contracts.entitlements")) {
      TopicProbe.publishRaw(STACK.kafkaBootstrapServers(), "intake.requests", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      publish(next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
      assertThat(header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(header(dead, "x-original-topic")).isEqualTo("intake.requests");
      decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(next.getCaseId()), 1, DEADLINE);
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static TopicProbe probe(String topic) {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), topic);
  }

  private static void publish(RequestReceived request) {
    TopicProbe.publish(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(),
        "intake.requests", request.getCaseId(), request);
  }

  private static RequestReceived request(String email) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return RequestReceived.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setTenantId("acme")
        .setCaseId(UUID.randomUUID().toString())
        .setCaseNumber("ACME-000042")
        .setChannel(Channel.PORTAL)
        .setReporter(new Reporter("Olivia Ops", email, null))
        .setSubject("Checkout is down")
        .setDescription("All web shops return HTTP 500.")
        .setStatedSeverity("P1")
        .setPriority(io.supportflow.events.Priority.P1)
        .setReceivedAt(now)
        .build();
  }
}
