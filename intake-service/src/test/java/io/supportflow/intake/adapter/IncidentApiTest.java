package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Major incidents over real HTTP, Kafka and Mongo: the agent API (with If-Match, cross-tenant
 * refusal and bad input as problem+json), the events on intake.incidents published once each, the
 * resolution of every linked case at the incident's resolve instant, and the three rules: an
 * alert's fingerprint held by an incident, an alert that keeps firing, a surge on one product.
 */
class IncidentApiTest extends ChannelTestSupport {

  private static final String TENANT = "inctest";
  private static final String OTHER = "incother";
  private static final String INTEGRATION = key(TENANT, "integration");
  private static final String AGENT = key(TENANT, "ina");
  private static final String NORTHWIND = key(TENANT, "northwind");
  private static final String GLOBEX = key(TENANT, "globex");
  private static final String OTHER_AGENT = key(OTHER, "oli");
  private static final String OTHER_INTEGRATION = key(OTHER, "integration");
  private static final String BASE = "/api/v1/agent/incidents";

  @BeforeEach
  void tenants() {
    tenant(TENANT, "INC").agent("ina").customer("northwind").customer("globex");
    tenant(OTHER, "OTH").agent("oli");
    database.getCollection("incident_rules").deleteMany(Filters.in("_id", TENANT, OTHER));
  }

  @Test
  void anAgentLinksAnAlertCaseAndTwoCasesBroadcastsAnUpdateAndResolvingResolvesThemAllAtOneInstant() throws Exception {
    try (TopicProbe notices = incidents(); TopicProbe activity = activity()) {
      String alertCase = alert(fingerprint(), Instant.now(), "noc@northwind.example").caseNumber();
      String first = portalCase(INTEGRATION, "ann@northwind.example", "Checkout fails");
      String second = portalCase(INTEGRATION, "bob@globex.example", "Payments time out");

      HttpResponse<String> opened = postJson(BASE, AGENT, """
          {"title":"Payment provider outage","caseNumbers":["%s"]}""".formatted(alertCase));
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String id = json(opened).get("incidentId").asString();
      assertThat(opened.headers().firstValue("Location")).hasValue(BASE + "/" + id);
      assertThat(opened.headers().firstValue("ETag")).hasValue("\"1\"");
      assertThat(json(opened).get("status").asString()).isEqualTo("INVESTIGATING");

      HttpResponse<String> linked = send(request(BASE + "/" + id + "/cases").header("X-API-Key", AGENT)
          .header("Content-Type", "application/json").header("If-Match", "\"1\"")
          .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumbers\":[\"%s\",\"%s\"]}".formatted(first, second)))
          .build());
      assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
      assertThat(linked.headers().firstValue("ETag")).hasValue("\"3\"");
      assertThat(json(linked).get("cases")).extracting(c -> c.get("caseNumber").asString())
          .containsExactly(alertCase, first, second);

      HttpResponse<String> update = postJson(BASE + "/" + id + "/updates", AGENT,
          "{\"message\":\"The payment provider is down; we are switching to the fallback.\",\"status\":\"identified\"}");
      assertThat(update.statusCode()).as(update.body()).isEqualTo(201);
      assertThat(json(update).get("status").asString()).isEqualTo("IDENTIFIED");

      List<IncidentActivityRecorded> told = notices.await(IncidentActivityRecorded.class,
          e -> e.getIncidentId().equals(id), 6, DEADLINE);
      Map<String, String> caseIds = caseIds(alertCase, first, second);
      assertThat(told).filteredOn(e -> e.getActivity() == IncidentActivity.LINKED)
          .extracting(IncidentActivityRecorded::getCaseNumber).containsExactlyInAnyOrder(alertCase, first, second);
      List<IncidentActivityRecorded> updates = told.stream()
          .filter(e -> e.getActivity() == IncidentActivity.UPDATE_POSTED).toList();
      assertThat(updates).hasSize(3).allSatisfy(e -> {
        assertThat(e.getTitle()).isEqualTo("Payment provider outage");
        assertThat(e.getIncidentStatus()).isEqualTo("IDENTIFIED");
        assertThat(e.getPreviousStatus()).isEqualTo("INVESTIGATING");
        assertThat(e.getMessage()).startsWith("The payment provider is down");
        assertThat(e.getActor()).isEqualTo("ina");
        assertThat(e.getCaseId()).isEqualTo(caseIds.get(e.getCaseNumber()));
      });
      assertThat(updates).extracting(IncidentActivityRecorded::getIncidentEventId).containsOnly(
          updates.getFirst().getIncidentEventId());
      assertThat(updates).extracting(e -> e.getReporter().getEmail())
          .containsExactlyInAnyOrder("noc@northwind.example", "ann@northwind.example", "bob@globex.example");
      // Keyed by case id: each case's story stays on its partition.
      assertThat(notices.awaitRaw(r -> caseIds.containsValue(r.key()), 6, DEADLINE)).hasSize(6);

      HttpResponse<String> stale = send(request(BASE + "/" + id + "/status").header("X-API-Key", AGENT)
          .header("Content-Type", "application/json").header("If-Match", "\"1\"")
          .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"MONITORING\"}")).build());
      assertProblem(stale, 412);
      assertThat(stale.headers().firstValue("ETag")).hasValue("\"4\"");

      HttpResponse<String> resolved = postJson(BASE + "/" + id + "/resolve", AGENT,
          "{\"message\":\"Payments flow through the provider again.\"}");
      assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
      assertThat(json(resolved).get("status").asString()).isEqualTo("RESOLVED");
      Instant resolvedAt = Instant.parse(json(resolved).get("resolvedAt").asString());

      List<CaseActivityRecorded> resolutions = activity.await(CaseActivityRecorded.class,
          e -> caseIds.containsValue(e.getCaseId()) && e.getActivity() == CaseActivity.RESOLVED, 3, DEADLINE);
      assertThat(resolutions).extracting(CaseActivityRecorded::getCaseNumber)
          .containsExactlyInAnyOrder(alertCase, first, second);
      assertThat(resolutions).allSatisfy(e -> {
        assertThat(e.getOccurredAt()).isEqualTo(resolvedAt);
        assertThat(e.getCaseStatus()).isEqualTo("RESOLVED");
        assertThat(e.getMessage()).isEqualTo("Payments flow through the provider again.");
        assertThat(e.getReason()).contains("Payment provider outage");
        assertThat(e.getActor()).isEqualTo("ina");
      });
      assertThat(json(get("/api/v1/cases/" + second, AGENT)).get("status").asString()).isEqualTo("RESOLVED");
      assertProblem(postJson(BASE + "/" + id + "/updates", AGENT, "{\"message\":\"One more thing\"}"), 409);
      assertProblem(postJson(BASE + "/" + id + "/resolve", AGENT, "{}"), 409);

      // Past the relays' grace: every event was published once, none again.
      notices.await(IncidentActivityRecorded.class, e -> e.getIncidentId().equals(id)
          && e.getIncidentStatus().equals("RESOLVED"), 3, DEADLINE);
      var settled = notices.rawWithin(Duration.ofSeconds(3)).stream()
          .filter(r -> caseIds.containsValue(r.key())).toList();
      assertThat(settled).hasSize(9);
      assertThat(activity.rawWithin(Duration.ofMillis(500)).stream()
          .filter(r -> caseIds.containsValue(r.key())).count()).as("one RESOLVED per case").isEqualTo(3);
      Document stored = database.getCollection("incidents").find(Filters.eq("_id", id)).first();
      assertThat(stored.getInteger("pendingCount")).as("notices waiting").isZero();
      assertThat(stored.getInteger("toResolveCount")).as("cases waiting").isZero();
    }
  }

  @Test
  void anotherTenantsIncidentsAndCasesAreOutOfReachAndBadInputIsAProblem() throws Exception {
    String mine = portalCase(INTEGRATION, "ann@northwind.example", "Reports fail");
    String theirs = portalCase(OTHER_INTEGRATION, "zed@other.example", "Other desk");
    String id = json(postJson(BASE, AGENT, "{\"title\":\"Reports down\"}")).get("incidentId").asString();

    assertProblem(get(BASE + "/" + id, OTHER_AGENT), 404);
    assertProblem(postJson(BASE + "/" + id + "/cases", OTHER_AGENT, "{\"caseNumbers\":[\"" + mine + "\"]}"), 404);
    assertProblem(postJson(BASE + "/" + id + "/cases", AGENT, "{\"caseNumbers\":[\"" + theirs + "\"]}"), 404);
    assertThat(json(get(BASE + "?status=all", OTHER_AGENT)).get("incidents")).isEmpty();
    assertProblem(get(BASE + "/" + id, NORTHWIND), 403);
    assertProblem(postJson(BASE, INTEGRATION, "{\"title\":\"x\"}"), 403);
    assertProblem(send(request(BASE).GET().build()), 401);

    HttpResponse<String> noTitle = postJson(BASE, AGENT, "{\"caseNumbers\":[]}");
    assertProblem(noTitle, 400);
    assertThat(json(noTitle).get("errors").get(0).get("field").asString()).isEqualTo("title");
    HttpResponse<String> badStatus = postJson(BASE, AGENT, "{\"title\":\"x\",\"status\":\"FIXED\"}");
    assertProblem(badStatus, 400);
    assertThat(json(badStatus).get("errors").get(0).get("field").asString()).isEqualTo("status");
    assertProblem(postJson(BASE, AGENT, "{\"title\":\"x\",\"severity\":\"P1\"}"), 400);
    assertProblem(postJson(BASE, AGENT, "{\"title\":\"bad\\u202Etitle\"}"), 400);
    assertProblem(get(BASE + "/not-an-id", AGENT), 404);
    assertProblem(postJson(BASE + "/" + id + "/cases", AGENT, "{\"caseNumbers\":[]}"), 400);
    assertProblem(postJson(BASE + "/" + id + "/updates", AGENT, "{\"message\":\" \"}"), 400);
    assertProblem(postJson(BASE + "/" + id + "/status", AGENT, "{\"status\":\"RESOLVED\"}"), 409);
    assertProblem(send(request(BASE + "/" + id + "/status").header("X-API-Key", AGENT)
        .header("Content-Type", "application/json").header("If-Match", "yesterday")
        .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"MONITORING\"}")).build()), 400);
    assertProblem(send(request(BASE + "/" + id + "/cases/" + mine).header("X-API-Key", AGENT).DELETE().build()), 409);

    // A case is part of one open incident at a time; a resolved case joins none.
    assertThat(postJson(BASE + "/" + id + "/cases", AGENT, "{\"caseNumbers\":[\"" + mine + "\"]}").statusCode())
        .isEqualTo(200);
    String other = json(postJson(BASE, AGENT, "{\"title\":\"Something else\"}")).get("incidentId").asString();
    HttpResponse<String> taken = postJson(BASE + "/" + other + "/cases", AGENT, "{\"caseNumbers\":[\"" + mine + "\"]}");
    assertProblem(taken, 409);
    assertThat(json(taken).get("incidentId").asString()).isEqualTo(id);
    String done = portalCase(INTEGRATION, "cy@northwind.example", "Done already");
    assertThat(postJson("/api/v1/agent/cases/" + done + "/resolve", AGENT, "{}").statusCode()).isEqualTo(201);
    assertProblem(postJson(BASE + "/" + other + "/cases", AGENT, "{\"caseNumbers\":[\"" + done + "\"]}"), 409);

    // Unlinked, it may join the other one.
    HttpResponse<String> unlinked = send(request(BASE + "/" + id + "/cases/" + mine).header("X-API-Key", AGENT)
        .DELETE().build());
    assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
    assertThat(json(unlinked).get("cases")).isEmpty();
    assertThat(postJson(BASE + "/" + other + "/cases", AGENT, "{\"caseNumbers\":[\"" + mine + "\"]}").statusCode())
        .isEqualTo(200);
    assertThat(json(get(BASE, AGENT)).get("incidents")).extracting(i -> i.get("incidentId").asString())
        .contains(id, other);
  }

  @Test
  void aNewCaseOfAnAlertWhoseFingerprintAnIncidentHoldsJoinsThatIncident() throws Exception {
    String fingerprint = fingerprint();
    String firstCase = alert(fingerprint, Instant.now().minus(Duration.ofHours(2)), null).caseNumber();
    String id = json(postJson(BASE, AGENT, """
        {"title":"Storage cluster degraded","status":"MONITORING","caseNumbers":["%s"]}""".formatted(firstCase)))
        .get("incidentId").asString();
    // The agent closes the alert's case on its own; the incident goes on.
    assertThat(postJson("/api/v1/agent/cases/" + firstCase + "/resolve", AGENT, "{}").statusCode()).isEqualTo(201);

    Alerted again = alert(fingerprint, Instant.now(), null);

    assertThat(again.outcome()).isEqualTo("OPENED");
    assertThat(again.caseNumber()).isNotEqualTo(firstCase);
    JsonNode incident = json(get(BASE + "/" + id, AGENT));
    assertThat(incident.get("cases")).extracting(c -> c.get("caseNumber").asString() + " " + c.get("reason").asString())
        .containsExactly(firstCase + " AGENT", again.caseNumber() + " ALERT_FINGERPRINT");
    assertThat(incident.get("cases").get(1).get("linkedBy").asString()).isEqualTo("rule:alert-fingerprint");
    // Firing into that case again changes nothing.
    alert(fingerprint, Instant.now(), null);
    assertThat(json(get(BASE + "/" + id, AGENT)).get("cases")).hasSize(2);
  }

  @Test
  void anAlertThatKeepsFiringBecomesAnIncidentWhenTheTenantAskedForIt() throws Exception {
    HttpResponse<String> set = putIncidentRules("{\"alertRefiring\":{\"firings\":3,\"withinMinutes\":60}}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(json(get("/api/v1/agent/incident-rules", AGENT)).get("alertRefiring").get("firings").asInt()).isEqualTo(3);
    HttpResponse<String> bad = putIncidentRules("{\"productSurge\":{\"cases\":1,\"withinMinutes\":15}}");
    assertProblem(bad, 400);
    assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("productSurge.cases");
    String fingerprint = fingerprint();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    String caseNumber = alert(fingerprint, now.minus(Duration.ofMinutes(90)), null).caseNumber();
    alert(fingerprint, now.minus(Duration.ofMinutes(40)), null);
    alert(fingerprint, now.minus(Duration.ofMinutes(20)), null);
    assertThat(incidentsOf(caseNumber)).as("two firings within the hour").isEmpty();

    alert(fingerprint, now.minus(Duration.ofMinutes(1)), null);

    assertThat(incidentsOf(caseNumber)).singleElement().satisfies(i -> {
      assertThat(i.get("origin").asString()).isEqualTo("ALERT_REFIRING");
      assertThat(i.get("title").asString()).isEqualTo("Alert keeps firing: Disk almost full on db-1");
      assertThat(i.get("openedBy").asString()).isEqualTo("rule:alert-refiring");
    });
    alert(fingerprint, now, null);
    assertThat(incidentsOf(caseNumber)).as("one incident per alert").hasSize(1);
  }

  @Test
  void threeCustomersCasesOnOneProductWithinTheWindowBecomeOneIncidentWhichLaterOnesJoin() throws Exception {
    HttpResponse<String> set = putIncidentRules("{\"productSurge\":{\"cases\":3,\"withinMinutes\":15}}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    String product = "shop-" + UUID.randomUUID().toString().substring(0, 8);
    String a = portalCase(NORTHWIND, "ann@northwind.example", "Shop is slow");
    String b = portalCase(GLOBEX, "bob@globex.example", "Shop returns errors");
    String stranger = portalCase(INTEGRATION, "who@nowhere.example", "Your shop is broken");
    decide(a, "northwind", product);
    decide(b, "globex", product);
    decide(stranger, null, product);
    awaitProduct(List.of(a, b, stranger), product);
    assertThat(incidentsOf(a)).as("two customers' cases (and a stranger's)").isEmpty();

    String c = portalCase(NORTHWIND, "cy@northwind.example", "Cannot check out in the shop");
    decide(c, "northwind", product);

    await().atMost(DEADLINE).untilAsserted(() -> assertThat(incidentsOf(a)).hasSize(1));
    JsonNode incident = incidentsOf(a).getFirst();
    assertThat(incident.get("origin").asString()).isEqualTo("PRODUCT_SURGE");
    assertThat(incident.get("title").asString()).isEqualTo("Shop " + product + ": 3 cases within 15 minutes");
    assertThat(incident.get("cases")).extracting(x -> x.get("caseNumber").asString()).containsExactlyInAnyOrder(a, b, c);

    String d = portalCase(GLOBEX, "dee@globex.example", "Shop down for us too");
    decide(d, "globex", product);
    await().atMost(DEADLINE).untilAsserted(() -> assertThat(json(get(BASE + "/"
        + incident.get("incidentId").asString(), AGENT)).get("cases")).hasSize(4));
    assertThat(incidentsOf(stranger)).isEmpty();
  }

  // ---- helpers

  private record Alerted(String outcome, String caseNumber) {}

  private Alerted alert(String fingerprint, Instant startsAt, String reporterEmail) throws Exception {
    String annotation = reporterEmail == null ? "" : ",\"reporter_email\":\"" + reporterEmail + "\"";
    HttpResponse<String> response = send(request("/api/v1/alerts").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + INTEGRATION).POST(HttpRequest.BodyPublishers.ofString("""
            {"version":"4","status":"firing","receiver":"supportflow","commonLabels":{"customer":"northwind"},
             "alerts":[{"status":"firing","labels":{"alertname":"DiskFull","instance":"db-1","severity":"critical"},
               "annotations":{"summary":"Disk almost full on db-1"%s},
               "startsAt":"%s","endsAt":"0001-01-01T00:00:00Z","fingerprint":"%s"}]}"""
            .formatted(annotation, startsAt, fingerprint))).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode result = json(response).get("results").get(0);
    return new Alerted(result.get("outcome").asString(), result.get("caseNumber").asString());
  }

  private String portalCase(String key, String reporter, String subject) throws Exception {
    HttpResponse<String> response = postJson("/api/v1/requests", key, """
        {"reporter":{"name":"Someone","email":"%s"},"subject":"%s","description":"It does not work.",
         "severity":"P2"}""".formatted(reporter, subject));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json(response).get("caseNumber").asString();
  }

  /** contracts' decision on the case, naming the product (and the customer, or none). */
  private void decide(String caseNumber, String customerId, String productId) {
    Document c = caseDocument(caseNumber);
    EntitlementDecided decision = SampleDecisions.entitled(c.getString("_id"), c.getDate("receivedAt").toInstant())
        .setCustomerId(customerId).setTenantId(TENANT).setCaseNumber(caseNumber)
        .setProductId(productId).setProductName("Shop " + productId).build();
    STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
  }

  private void awaitProduct(List<String> caseNumbers, String productId) {
    await().atMost(DEADLINE).until(() -> caseNumbers.stream()
        .allMatch(n -> productId.equals(caseDocument(n).getString("productId"))));
  }

  /** The tenant's incidents (all of them) that link the case, as read one by one. */
  private List<JsonNode> incidentsOf(String caseNumber) throws Exception {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode summary : json(get(BASE + "?status=all", AGENT)).get("incidents")) {
      JsonNode incident = json(get(BASE + "/" + summary.get("incidentId").asString(), AGENT));
      for (JsonNode c : incident.get("cases")) {
        if (c.get("caseNumber").asString().equals(caseNumber)) {
          found.add(incident);
        }
      }
    }
    return found;
  }

  private Document caseDocument(String caseNumber) {
    return database.getCollection("cases")
        .find(Filters.and(Filters.eq("tenantId", TENANT), Filters.eq("caseNumber", caseNumber))).first();
  }

  private Map<String, String> caseIds(String... caseNumbers) {
    return Set.of(caseNumbers).stream().collect(Collectors.toMap(n -> n, n -> caseDocument(n).getString("_id")));
  }

  private static String fingerprint() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static TopicProbe incidents() {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.incidents");
  }

  /** The agent sets the tenant's incident rules. */
  private HttpResponse<String> putIncidentRules(String rules) throws Exception {
    return send(request("/api/v1/agent/incident-rules").header("X-API-Key", AGENT)
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(rules)).build());
  }
}
