package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A customer sees every case of its own, however it was opened: with its key on the portal, or by
 * mail, an integration or an alert once contracts identified the customer (contracts.entitlements
 * over the real broker). Never another customer's.
 */
class CustomerCasesTest extends ChannelTestSupport {

  private static final Cast CAST = new Cast("custlist");
  private static final String DESK = "support@custlist.test";

  @Autowired MeterRegistry meters;

  @BeforeEach
  void keys() {
    save(CAST, "CUST");
    tenants.saveSupportAddresses(CAST.tenant(), List.of(DESK));
  }

  @Test
  void aCustomerListsItsCasesFromEveryChannelOnceContractsIdentifiedIt() throws Exception {
    String portal = opened(postJson("/api/v1/requests", CAST.northwind(), body("Reports are slow")));
    String byIntegration = opened(postJson("/api/v1/requests", CAST.integration(), body("Phoned in: login fails")));
    String byMail = opened(postMail("olivia@northwind.example", "Invoices are wrong"));
    HttpResponse<String> alert = send(request("/api/v1/alerts").header("Content-Type", "application/json")
        .header("X-API-Key", CAST.integration()).POST(HttpRequest.BodyPublishers.ofString(
            AlertChannelTest.notification("firing", UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                "2026-11-24T09:00:00Z", "critical"))).build());
    assertThat(alert.statusCode()).as(alert.body()).isEqualTo(200);
    String byAlert = json(alert).get("results").get(0).get("caseNumber").asString();
    String globexCase = opened(postJson("/api/v1/requests", CAST.globex(), body("Globex's own")));
    String unidentified = opened(postMail("someone@nowhere.example", "Who am I"));

    assertThat(allCases(CAST.northwind())).containsExactly(portal);
    for (String number : List.of(byIntegration, byMail, byAlert)) {
      decide(number, "northwind");
    }
    decide(unidentified, null);

    await().atMost(DEADLINE).untilAsserted(() -> assertThat(allCases(CAST.northwind()))
        .containsExactlyInAnyOrder(portal, byIntegration, byMail, byAlert));
    assertThat(allCases(CAST.globex())).containsExactly(globexCase);
    assertThat(get("/api/v1/cases/" + byMail, CAST.northwind()).statusCode()).isEqualTo(200);
    assertProblem(get("/api/v1/cases/" + byMail, CAST.globex()), 404);
  }

  @Test
  void aCaseWithACustomerKeepsItAndARedeliveredDecisionChangesNothing() throws Exception {
    String northwinds = opened(postJson("/api/v1/requests", CAST.northwind(), body("Mine")));
    String mailed = opened(postMail("olivia@northwind.example", "Mailed"));

    decide(northwinds, "globex");
    decide(mailed, "northwind");
    decide(mailed, "northwind");
    decide(mailed, "globex");

    await().atMost(DEADLINE).until(this::everyDecisionRead);
    assertThat(customerOf(northwinds)).isEqualTo("northwind");
    assertThat(customerOf(mailed)).isEqualTo("northwind");
    assertThat(allCases(CAST.globex())).doesNotContain(northwinds, mailed);
  }

  /**
   * One poll (one partition, one produce request): a decision, another tenant's decision naming the
   * same case, the first again, a record no one can read, and a decision of a second case. Each case
   * gets its own tenant's customer once; only the unreadable record is dead-lettered, and counted.
   */
  @Test
  void aPollOfDecisionsIdentifiesEachCaseOnceForItsOwnTenantAndDeadLettersOnlyTheUnreadable() throws Exception {
    String mailed = opened(postMail("olivia@northwind.example", "Mailed, decided in a poll"));
    String alsoMailed = opened(postMail("olivia@northwind.example", "Also mailed"));
    EntitlementDecided first = decision(mailed, "northwind");
    EntitlementDecided othersTenant = EntitlementDecided.newBuilder(decision(alsoMailed, "globex"))
        .setTenantId("another-tenant").build();
    EntitlementDecided second = decision(alsoMailed, "northwind");
    String unreadable = UUID.randomUUID().toString();
    double deadLettersBefore = deadLetters();
    try (TopicProbe dlq = STACK.probe("intake.dlq")) {
      TopicProbe.publishTogether(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "contracts.entitlements",
          0, List.of(Map.entry(first.getCaseId(), first), Map.entry(othersTenant.getCaseId(), othersTenant),
              Map.entry(first.getCaseId(), first),
              Map.entry(unreadable, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8)),
              Map.entry(second.getCaseId(), second)));

      var dead = dlq.awaitRaw(r -> unreadable.equals(r.key()), 1, DEADLINE).getFirst();
      await().atMost(DEADLINE).until(this::everyDecisionRead);

      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(customerOf(mailed)).isEqualTo("northwind");
      assertThat(customerOf(alsoMailed)).as("another tenant's decision changes nothing").isEqualTo("northwind");
      assertThat(deadLetters()).as("counted for the dead-letter alert").isGreaterThan(deadLettersBefore);
      assertThat(dlq.rawWithin(Duration.ofMillis(500))).extracting(ConsumerRecord::key)
          .doesNotContain(first.getCaseId(), second.getCaseId());
    }
  }

  private EntitlementDecided decision(String caseNumber, String customerId) {
    Document c = database.getCollection("cases")
        .find(Filters.and(Filters.eq("tenantId", CAST.tenant()), Filters.eq("caseNumber", caseNumber))).first();
    assertThat(c).as(caseNumber).isNotNull();
    return SampleDecisions.entitled(c.getString("_id"), c.getDate("receivedAt").toInstant()).setCustomerId(customerId)
        .setTenantId(CAST.tenant()).setCaseNumber(caseNumber).build();
  }

  private double deadLetters() {
    var counter = meters.find("supportflow.dlq.records").tag("topic", "intake.dlq").counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void theListPagesNewestFirstWithACursor() throws Exception {
    tenants.saveCustomerKey(CAST.tenant(), "initech", key(CAST.tenant(), "initech"), null);
    String initech = key(CAST.tenant(), "initech");
    List<String> opened = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      opened.add(opened(postJson("/api/v1/requests", initech, body("Case " + i))));
    }

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = json(get("/api/v1/cases?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), initech));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
      page.get("items").forEach(item -> seen.add(item.get("caseNumber").asString()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(opened).doesNotHaveDuplicates();
    List<Instant> received = new ArrayList<>();
    json(get("/api/v1/cases?limit=100", initech)).get("items")
        .forEach(item -> received.add(Instant.parse(item.get("receivedAt").asString())));
    assertThat(received).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void onlyCustomerKeysListAndABadCursorOrLimitIsA400() throws Exception {
    assertProblem(get("/api/v1/cases", CAST.agent()), 403);
    assertProblem(get("/api/v1/cases", CAST.integration()), 403);
    assertProblem(send(request("/api/v1/cases").GET().build()), 401);
    assertProblem(get("/api/v1/cases?cursor=bm90LWEtY3Vyc29y", CAST.northwind()), 400);
    assertProblem(get("/api/v1/cases?limit=101", CAST.northwind()), 400);
  }

  private List<String> allCases(String key) throws Exception {
    HttpResponse<String> response = get("/api/v1/cases?limit=100", key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    json(response).get("items").forEach(item -> numbers.add(item.get("caseNumber").asString()));
    return numbers;
  }

  private void decide(String caseNumber, String customerId) {
    Document c = database.getCollection("cases")
        .find(Filters.and(Filters.eq("tenantId", CAST.tenant()), Filters.eq("caseNumber", caseNumber))).first();
    assertThat(c).as(caseNumber).isNotNull();
    EntitlementDecided decision = (customerId == null
        ? SampleDecisions.notEntitled(c.getString("_id"), c.getDate("receivedAt").toInstant())
        : SampleDecisions.entitled(c.getString("_id"), c.getDate("receivedAt").toInstant()).setCustomerId(customerId))
        .setTenantId(CAST.tenant()).setCaseNumber(caseNumber).build();
    STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
  }

  /** Intake's group has committed every decision published so far. */
  private boolean everyDecisionRead() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        STACK.kafkaBootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets("intake-service").partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      committed.keySet().stream().filter(tp -> tp.topic().equals("contracts.entitlements"))
          .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      if (latest.isEmpty()) {
        return false;
      }
      var ends = admin.listOffsets(latest).all().get();
      return ends.entrySet().stream().allMatch(e -> committed.get(e.getKey()).offset() >= e.getValue().offset());
    }
  }

  private String customerOf(String caseNumber) {
    return database.getCollection("cases")
        .find(Filters.and(Filters.eq("tenantId", CAST.tenant()), Filters.eq("caseNumber", caseNumber))).first()
        .getString("customerId");
  }

  private static String opened(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("caseNumber").asString();
  }

  private HttpResponse<String> postMail(String from, String subject) throws Exception {
    String raw = "From: " + from + "\r\nTo: " + DESK + "\r\nSubject: " + subject + "\r\nMessage-ID: <"
        + UUID.randomUUID() + "@mail.example>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nPlease help.\r\n";
    return send(request("/api/v1/inbound-mail").header("Content-Type", "message/rfc822")
        .header("X-API-Key", CAST.integration()).POST(HttpRequest.BodyPublishers.ofByteArray(
            raw.getBytes(StandardCharsets.UTF_8))).build());
  }

  private static String body(String subject) {
    return """
        {"reporter":{"name":"Nora North","email":"nora@northwind.example"},
         "subject":"%s","description":"Since version 4.2.0 it takes minutes.","severity":"Moderate"}"""
        .formatted(subject);
  }
}
