package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.events.Channel;
import io.supportflow.events.ContractChange;
import io.supportflow.events.ContractChanged;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The decide-entitlement flow against a real KRaft broker, Apicurio registry and Mongo wire
 * server, with the demo tenant's policy built from the presets: every kind of customer gets its
 * decision and reason on contracts.entitlements.
 */
@SpringBootTest(properties = "supportflow.mongodb.database=contracts-flow-test")
@OnTestStack
class DecideEntitlementFlowTest extends DemoTenantFlowSupport {

  @Autowired MeterRegistry meters;


  @Test
  void anEntitledRequestIsDecidedOnceWithTheContractTermsKeyedByCase() {
    RequestReceived request = request("ops@northwind.example").build();
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish(request);

      EntitlementDecided decided = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(request.getCaseId()), 1, DEADLINE).getFirst();

      assertThat(decided.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(decided.getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      assertThat(decided.getReason()).startsWith("Your request is covered by your infra-24x7 contract, valid until ");
      assertThat(decided.getRequestEventId()).isEqualTo(request.getEventId());
      assertThat(decided.getCaseNumber()).isEqualTo(request.getCaseNumber());
      assertThat(decided.getCustomerId()).isEqualTo("northwind");
      assertThat(decided.getContractId()).isEqualTo("northwind-infra-24x7");
      var terms = decided.getTerms();
      assertThat(terms.getPlanName()).isEqualTo("infra-24x7");
      assertThat(terms.getCalendar().getZone()).isEqualTo("Europe/Amsterdam");
      assertThat(terms.getCalendar().getWeeklyHours()).hasSize(7);
      assertThat(terms.getTargets()).filteredOn(t -> t.getPriority() == io.supportflow.events.Priority.P1)
          .singleElement().satisfies(t -> {
            assertThat(t.getMetric()).isEqualTo(ReactionMetric.FIRST_RESPONSE);
            assertThat(t.getAmount()).isEqualTo(15);
            assertThat(t.getUnit()).isEqualTo(TimeUnit.CLOCK_MINUTES);
          });
      assertThat(terms.getEscalationMatrixId()).isEqualTo("carrier-grade");
      assertThat(terms.getEscalationLevels()).hasSize(9);
      assertThat(terms.getRoster()).extracting(r -> r.getRole())
          .containsExactlyInAnyOrder("Technical Support Manager", "Customer Relations Manager", "CTO");
      assertThat(terms.getStatusMails()).hasSize(4).allSatisfy(s -> assertThat(s.getAmount()).isEqualTo(30));
      assertThat(terms.getAroundTheClockOnceWorking())
          .containsExactly(io.supportflow.events.Priority.P1, io.supportflow.events.Priority.P2);
      assertThat(terms.getRaiseOnBreach()).isTrue();
      assertThat(terms.getStatusMailsWhileOnHold()).isFalse();
      assertThat(decided.getReceivedAt()).isEqualTo(request.getReceivedAt());
      ConsumerRecord<String, byte[]> raw = decisions.awaitRaw(
          r -> request.getCaseId().equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(raw.value()[0]).as("Confluent magic byte").isZero();
    }
  }

  @Test
  void aRedeliveredRequestRepeatsTheSameDecisionAndStoresOne() {
    RequestReceived request = request("ops@northwind.example").build();
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

  /** One kind of reporter and what it must be told. */
  private record Kind(String what, RequestReceived request, EntitlementOutcome outcome, String code, boolean terms) {}

  @Test
  void everyKindOfCustomerGetsTheRightDecisionAndReason() {
    List<Kind> kinds = List.of(
        kind("unknown sender", request("someone@unknown.example"), EntitlementOutcome.NOT_ENTITLED, "UNKNOWN_CUSTOMER", false),
        kind("expired maintenance", request("admin@initech.example"), EntitlementOutcome.NOT_ENTITLED, "CONTRACT_EXPIRED", false),
        kind("end user", request("user@contoso.example"), EntitlementOutcome.REDIRECTED, "END_USER", false),
        kind("unlisted person on a named-contacts plan", request("new.hire@contoso.example"),
            EntitlementOutcome.REDIRECTED, "NOT_A_NAMED_CONTACT", false),
        kind("team tier administrator", request("admin@contoso.example"), EntitlementOutcome.ENTITLED, "CONTRACT_ACTIVE", true),
        kind("unsupported language", request("admin@contoso.example").setLanguage("de"),
            EntitlementOutcome.NOT_ENTITLED, "LANGUAGE_NOT_SUPPORTED", false),
        kind("free tier", request("admin@fabrikam.example"), EntitlementOutcome.NOT_ENTITLED, "FREE_TIER", false),
        kind("late maintenance purchase", request("admin@wingtip.example"),
            EntitlementOutcome.QUOTE_REQUIRED, "IMPLEMENTATION_PERIOD", true),
        kind("enterprise SEV2 by phone", request("admin@litware.example").setChannel(Channel.PHONE)
            .setPriority(io.supportflow.events.Priority.P2), EntitlementOutcome.NOT_ENTITLED, "CHANNEL_NOT_IN_PLAN", false),
        kind("enterprise SEV1 by phone, known by the number", request(null).setChannel(Channel.PHONE)
            .setReporter(new Reporter("Lena", null, "+31 20 555 0199")), EntitlementOutcome.ENTITLED, "CONTRACT_ACTIVE", true),
        kind("monitoring alert known by its source", request(null).setChannel(Channel.MONITORING)
            .setReporter(new Reporter(null, null, null)).setCustomerHint("northwind-monitoring"),
            EntitlementOutcome.ENTITLED, "CONTRACT_ACTIVE", true),
        kind("configuration question on an infrastructure plan", request("ops@northwind.example").setCategory("configuration"),
            EntitlementOutcome.NOT_ENTITLED, "OUT_OF_SCOPE", false),
        kind("end-of-life version", request("ops@northwind.example").setProduct("Shop").setVersion("2.2.3"),
            EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY, "END_OF_LIFE", false),
        kind("release candidate", request("ops@northwind.example").setProduct("Shop").setVersion("2.4.0-rc1"),
            EntitlementOutcome.NOT_ENTITLED, "PRE_RELEASE", false),
        kind("customised build", request("ops@northwind.example").setProduct("Shop").setVersion("2.3.1-northwind"),
            EntitlementOutcome.NOT_ENTITLED, "CUSTOMISED_BUILD", false));
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      kinds.forEach(k -> publish(k.request()));

      Map<String, EntitlementDecided> byCase = decisions.await(EntitlementDecided.class,
              d -> kinds.stream().anyMatch(k -> k.request().getCaseId().equals(d.getCaseId())), kinds.size(), DEADLINE)
          .stream().collect(Collectors.toMap(EntitlementDecided::getCaseId, Function.identity()));

      SoftAssertions softly = new SoftAssertions();
      for (Kind k : kinds) {
        EntitlementDecided d = byCase.get(k.request().getCaseId());
        softly.assertThat(d.getOutcome()).as(k.what()).isEqualTo(k.outcome());
        softly.assertThat(d.getReasonCode()).as(k.what()).isEqualTo(k.code());
        softly.assertThat(d.getReason()).as(k.what()).isNotBlank();
        softly.assertThat(d.getTerms() != null).as(k.what() + " carries terms").isEqualTo(k.terms());
      }
      softly.assertAll();
      assertThat(byCase.get(kinds.get(4).request().getCaseId()).getTerms().getCalendar().getHolidays())
          .as("the Team tier's Dutch public holidays travel as dates").isNotEmpty();
    }
  }

  /**
   * Mail, phone and portal state no product, language or category; contracts-service reads them
   * from the subject and text alike on every channel, and each decision says what it read.
   */
  @Test
  void whatMailPhoneAndPortalDoNotStateIsReadFromTheirTextAndTheDecisionSaysSo() {
    RequestReceived releaseCandidate = request("ops@northwind.example").setChannel(Channel.EMAIL)
        .setSubject("Crash in Shop 2.4.0-rc1 at checkout").setDescription("The checkout is down since 09:00.").build();
    RequestReceived configuration = request(null).setChannel(Channel.PHONE)
        .setReporter(new Reporter("Olivia Ops", null, "+31205550100")).setPriority(io.supportflow.events.Priority.P3)
        .setSubject("LDAP").setDescription("Caller asks how to configure the LDAP settings of the web client.").build();
    RequestReceived german = request("admin@contoso.example").setSubject("Anmeldung")
        .setDescription("Die Anmeldung ist seit heute nicht möglich und wir können nicht arbeiten.").build();
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      List.of(releaseCandidate, configuration, german).forEach(DecideEntitlementFlowTest::publish);

      EntitlementDecided rc = decided(decisions, releaseCandidate);
      EntitlementDecided config = decided(decisions, configuration);
      EntitlementDecided de = decided(decisions, german);

      assertThat(rc.getReasonCode()).isEqualTo("PRE_RELEASE");
      assertThat(rc.getReason()).startsWith("Shop 2.4.0-rc1 is a beta, release-candidate or development build")
          .endsWith(" Read from your request, as it did not state them: category infrastructure from the words"
              + " \"down\", \"crash*\"; product Shop 2.4.0-rc1 from the subject.");
      assertThat(config.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(config.getReasonCode()).isEqualTo("OUT_OF_SCOPE");
      assertThat(config.getReason()).endsWith(
          " Read from your request, as it did not state them: category configuration from the words \"configur*\","
              + " \"setting*\".");
      assertThat(de.getReasonCode()).isEqualTo("LANGUAGE_NOT_SUPPORTED");
      assertThat(de.getReason()).endsWith("language German guessed from its words.");
      assertThat(de.getLanguage()).as("the language to answer in").isEqualTo("de");
    }
  }

  @Test
  void withoutAPlanTheFirstCaseUsesTheQuotaOnceEvenRedeliveredAndTheNextIsRefused() {
    database.getCollection("caseQuotaSlots").deleteMany(Filters.eq("contractId", "tailspin-no-plan"));
    RequestReceived first = request("admin@tailspin.example").build();
    RequestReceived second = request("admin@tailspin.example").build();
    try (TopicProbe decisions = probe("contracts.entitlements")) {
      publish(first);
      decisions.await(EntitlementDecided.class, d -> d.getCaseId().equals(first.getCaseId()), 1, DEADLINE);
      publish(first);
      publish(second);

      List<EntitlementDecided> ofFirst = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(first.getCaseId()), 2, DEADLINE);
      EntitlementDecided ofSecond = decisions.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(second.getCaseId()), 1, DEADLINE).getFirst();

      assertThat(ofFirst).extracting(EntitlementDecided::getReasonCode).containsOnly("CONTRACT_ACTIVE");
      assertThat(ofSecond.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(ofSecond.getReasonCode()).isEqualTo("CASE_QUOTA_USED");
      assertThat(ofSecond.getReason()).startsWith("Your plan includes 1 case from ");
      assertThat(database.getCollection("caseQuotaSlots")
          .countDocuments(Filters.eq("contractId", "tailspin-no-plan"))).isEqualTo(1);
    }
  }

  @Test
  void aContractChangeIsPublishedKeyedByCustomer() {
    try (TopicProbe changes = probe("contracts.contract-changes")) {
      var stored = editPolicy.edit(TENANT, policy -> policy.withContracts(policy.contracts().stream()
          .map(c -> c.contractId().equals("initech-annual") ? renewed(c) : c).toList()));

      ContractChanged changed = changes.await(ContractChanged.class,
          c -> c.getContractId().equals("initech-annual") && c.getRevision() == stored.revision(), 1, DEADLINE).getFirst();

      assertThat(changed.getTenantId()).isEqualTo(TENANT);
      assertThat(changed.getCustomerId()).isEqualTo("initech");
      assertThat(changed.getChange()).isEqualTo(ContractChange.UPDATED);
      assertThat(changed.getPlanName()).isEqualTo("annual-maintenance");
      assertThat(changed.getEndsOn()).isEqualTo(stored.policy().contract("initech-annual").orElseThrow().endsOn().toString());
      assertThat(changes.awaitRaw(r -> "initech".equals(r.key()), 1, DEADLINE)).isNotEmpty();
      assertThat(policies.pendingChanges(TENANT)).as("published changes are no longer pending").isEmpty();
    }
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    RequestReceived next = request("ops@northwind.example").build();
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

  /** A record binding's unreadable record is dead-lettered by the same counted producer as the binder's. */
  @Test
  void anUnreadableActivityIsDeadLetteredAndCountedForTheDeadLetterAlert() {
    String poisonKey = UUID.randomUUID().toString();
    double deadLettersBefore = deadLetters();
    try (TopicProbe dlq = probe("contracts.dlq")) {
      TopicProbe.publishRaw(STACK.kafkaBootstrapServers(), "intake.case-activity", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));

      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(header(dead, "x-original-topic")).isEqualTo("intake.case-activity");
      await().atMost(DEADLINE).until(() -> deadLetters() > deadLettersBefore);
    }
  }

  private double deadLetters() {
    var counter = meters.find("supportflow.dlq.records").tag("topic", "contracts.dlq").counter();
    return counter == null ? 0 : counter.count();
  }

  private static Contract renewed(Contract c) {
    return new Contract(c.contractId(), c.customerId(), c.startsOn(), c.endsOn().plusYears(1),
        c.purchasedOn(), c.maintenanceStartsOn(), c.plan());
  }

  private static EntitlementDecided decided(TopicProbe decisions, RequestReceived request) {
    return decisions.await(EntitlementDecided.class, d -> d.getCaseId().equals(request.getCaseId()), 1, DEADLINE)
        .getFirst();
  }

  private static Kind kind(String what, RequestReceived.Builder request, EntitlementOutcome outcome, String code, boolean terms) {
    return new Kind(what, request.build(), outcome, code, terms);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void publish(RequestReceived request) {
    publish("intake.requests", request.getCaseId(), request);
  }

  private static RequestReceived.Builder request(String email) {
    return checkoutDown("ACME-000042", Channel.PORTAL, new Reporter("Olivia Ops", email, null));
  }
}
