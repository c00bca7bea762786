package io.supportflow.console.adapter;

import static io.supportflow.console.domain.CaseEventsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.application.CaseProjection;
import io.supportflow.console.domain.CaseChange;
import io.supportflow.console.domain.CaseEventsFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API of the case views: filters, pages, counts, the report, and who may read what. */
class CaseViewsApiTest extends ConsoleServiceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger NUMBERS = new AtomicInteger(100);

  @Autowired CaseProjection projection;

  /** A fresh customer of acme, so each test sees only its own cases. */
  private final String customer = "cust-" + UUID.randomUUID().toString().substring(0, 8);

  private CaseEventsFixture newCase(String tenant) {
    return new CaseEventsFixture(tenant, tenant.toUpperCase() + "-" + NUMBERS.incrementAndGet());
  }

  /** An acme case of this test's customer, with a running first-response clock due at the minute (none when null). */
  private CaseEventsFixture seed(String channel, String subject, String priority, Integer deadlineMinute,
      boolean breached) {
    CaseEventsFixture c = newCase("acme");
    List<CaseChange> changes = new ArrayList<>(List.of(c.opened(channel, subject, priority),
        c.decided(customer, priority)));
    if (deadlineMinute != null) {
      changes.add(c.clock(0, "FIRST_RESPONSE", 1, "STARTED", deadlineMinute, null));
    }
    if (breached) {
      changes.add(c.clock(deadlineMinute, "FIRST_RESPONSE", 1, "BREACHED", deadlineMinute, 0L));
    }
    changes.forEach(projection::apply);
    return c;
  }

  private JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  private JsonNode search(String query) {
    HttpResponse<String> response = get("/api/v1/case-views?customer=" + customer + query, ACME_AGENT);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.get("items").forEach(item -> numbers.add(item.get("caseNumber").asString()));
    return numbers;
  }

  @Test
  void anAgentPagesThroughTheQueueSoonestDeadlineFirstWithoutDeadlinesLast() {
    java.util.TreeMap<Integer, String> byDeadline = new java.util.TreeMap<>();
    for (int minute : new int[] {50, 20, 40, 10, 30}) {
      byDeadline.put(minute, seed("PORTAL", "Disk full", "P2", minute, false).caseNumber);
    }
    CaseEventsFixture noClock1 = seed("EMAIL", "A question", "P4", null, false);
    CaseEventsFixture noClock2 = seed("EMAIL", "Another question", "P4", null, false);

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = search("&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.get("counts").get("total").asLong()).isEqualTo(7);
      assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
      seen.addAll(numbers(page));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    assertThat(seen.subList(0, 5)).containsExactlyElementsOf(byDeadline.values());
    assertThat(seen.subList(5, 7)).containsExactlyInAnyOrder(noClock1.caseNumber, noClock2.caseNumber);
    assertThat(numbers(search("&limit=100"))).isEqualTo(seen);
  }

  @Test
  void filtersNarrowTheListAndTheCountsFollowThem() {
    CaseEventsFixture soon = seed("PORTAL", "Checkout is DOWN", "P1", 20, false);
    CaseEventsFixture breached = seed("PHONE", "Login broken", "P1", 3, true);
    CaseEventsFixture later = seed("EMAIL", "Report slow", "P3", 600, false);

    JsonNode everything = search("");
    assertThat(everything.get("counts").get("total").asLong()).isEqualTo(3);
    // now is minute 5: the 20-minute deadline is within the default 30 minutes, the breached one is not "at risk".
    assertThat(everything.get("counts").get("atRisk").asLong()).isEqualTo(1);
    assertThat(everything.get("counts").get("breached").asLong()).isEqualTo(1);

    assertThat(numbers(search("&priority=P1"))).containsExactlyInAnyOrder(soon.caseNumber, breached.caseNumber);
    assertThat(numbers(search("&priority=P1,P3&channel=email"))).containsExactly(later.caseNumber);
    assertThat(numbers(search("&text=checkout%20down"))).containsExactly(soon.caseNumber);
    assertThat(numbers(search("&text=" + later.caseNumber.toLowerCase()))).containsExactly(later.caseNumber);
    assertThat(numbers(search("&risk=breached"))).containsExactly(breached.caseNumber);
    assertThat(numbers(search("&risk=at-risk"))).containsExactly(soon.caseNumber);
    assertThat(numbers(search("&risk=at-risk&within=1000"))).containsExactly(soon.caseNumber, later.caseNumber);
    assertThat(numbers(search("&status=NEW&status=OPEN"))).hasSize(3);
    assertThat(numbers(search("&status=CLOSED"))).isEmpty();
    assertThat(numbers(search("&sort=received&limit=1"))).hasSize(1);
    JsonNode item = search("&risk=at-risk").get("items").get(0);
    assertThat(item.get("atRisk").asBoolean()).isTrue();
    assertThat(item.get("nextDeadline").asString()).isEqualTo(at(20).toString());
  }

  @Test
  void theWholeCaseIsReadByNumber() {
    CaseEventsFixture c = seed("PORTAL", "Checkout is down", "P1", 20, false);
    projection.apply(c.activity(3, "AGENT_RESPONDED", "OPEN", "Looking into it"));

    HttpResponse<String> response = get("/api/v1/case-views/" + c.caseNumber, ACME_AGENT);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode view = json(response);
    assertThat(view.get("status").asString()).isEqualTo("OPEN");
    assertThat(view.get("customerId").asString()).isEqualTo(customer);
    assertThat(view.get("decision").get("planName").asString()).isEqualTo("Gold");
    assertThat(view.get("thread")).hasSize(2);
    assertThat(view.get("clocks").get(0).get("state").asString()).isEqualTo("STARTED");
  }

  @Test
  void anotherTenantsCaseIsNotFoundAndNotListed() {
    CaseEventsFixture globexCase = newCase("globex");
    projection.apply(globexCase.opened("PORTAL", "Globex secret", "P1"));
    projection.apply(globexCase.decided(customer, "P1"));

    HttpResponse<String> byAcme = get("/api/v1/case-views/" + globexCase.caseNumber, ACME_AGENT);
    assertThat(byAcme.statusCode()).isEqualTo(404);
    assertThat(byAcme.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    assertThat(json(byAcme).get("type").asString()).endsWith("/case-not-found");
    assertThat(numbers(search(""))).doesNotContain(globexCase.caseNumber);
    assertThat(get("/api/v1/case-views/" + globexCase.caseNumber, GLOBEX_AGENT).statusCode()).isEqualTo(200);
  }

  @Test
  void withoutAKeyTheAnswerIs401AndACustomerKeyMayNotSearch() {
    HttpResponse<String> anonymous = get("/api/v1/case-views", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    assertThat(get("/api/v1/case-views", "not-a-key-of-anyone-at-all-000").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/case-views", ACME_CUSTOMER).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/reports/compliance?from=2026-01&to=2026-12", ACME_CUSTOMER).statusCode()).isEqualTo(403);
  }

  @Test
  void aFilterOutsideItsWordsIsA400ProblemNamingEveryField() {
    HttpResponse<String> response = get("/api/v1/case-views?status=OPEN,SLEEPING&priority=P9&risk=maybe"
        + "&within=0&sort=" + URLEncoder.encode("subject; drop", StandardCharsets.UTF_8) + "&limit=101"
        + "&channel=fax&customer=" + URLEncoder.encode("{\"$ne\":1}", StandardCharsets.UTF_8), ACME_AGENT);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
    JsonNode problem = json(response);
    assertThat(problem.get("type").asString()).endsWith("/invalid-request");
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
    assertThat(fields).containsExactlyInAnyOrder("status", "priority", "risk", "within", "sort", "limit", "channel",
        "customer");
  }

  @Test
  void aCursorNotHandedOutOrOfAnotherSortIsA400() {
    seed("PORTAL", "One", "P2", 20, false);
    seed("PORTAL", "Two", "P2", 30, false);
    String cursor = search("&limit=1").get("nextCursor").asString();

    HttpResponse<String> otherSort = get("/api/v1/case-views?sort=received&cursor=" + cursor, ACME_AGENT);
    HttpResponse<String> forged = get("/api/v1/case-views?cursor=bm90LWEtY3Vyc29y", ACME_AGENT);

    assertThat(otherSort.statusCode()).isEqualTo(400);
    assertThat(json(otherSort).get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    assertThat(forged.statusCode()).isEqualTo(400);
  }

  @Test
  void theComplianceReportIsJsonOrCsv() {
    CaseEventsFixture met = newCase("acme");
    projection.apply(met.decided(customer, "P1"));
    projection.apply(met.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null));
    projection.apply(met.clock(10, "FIRST_RESPONSE", 1, "MET", 15, 300_000L));
    projection.apply(met.downtime(90, 5_400_000L, customer));
    CaseEventsFixture breached = newCase("acme");
    projection.apply(breached.decided(customer, "P1"));
    projection.apply(breached.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null));
    projection.apply(breached.clock(15, "FIRST_RESPONSE", 1, "BREACHED", 15, 0L));
    projection.apply(breached.clock(20, "FIRST_RESPONSE", 1, "BREACHED", 15, -300_000L));

    HttpResponse<String> json = get("/api/v1/reports/compliance?from=2026-01&to=2026-12", ACME_AGENT);
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode row = null;
    for (JsonNode r : json(json)) {
      if (customer.equals(r.get("customerId").asString())) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("month").asString()).isEqualTo("2026-03");
    assertThat(row.get("met").asLong()).isEqualTo(1);
    assertThat(row.get("breached").asLong()).isEqualTo(1);
    assertThat(row.get("compliance").asDouble()).isEqualTo(0.5);
    assertThat(row.get("downtimeMillis").asLong()).isEqualTo(5_400_000L);

    HttpResponse<String> csv = get("/api/v1/reports/compliance?from=2026-03&to=2026-03", ACME_AGENT, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().findFirst()).hasValue(
        "month,customer,priority,clock,met,breached,compliance,mean_margin_ms,mean_overrun_ms,downtime_ms");
    assertThat(csv.body().lines())
        .contains("2026-03," + customer + ",P1,FIRST_RESPONSE,1,1,0.5000,300000,300000,5400000");

    assertThat(get("/api/v1/reports/compliance?from=2026-13&to=2026-01", ACME_AGENT).statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/reports/compliance?from=2026-05&to=2026-01", ACME_AGENT, "text/csv").statusCode())
        .isEqualTo(400);
  }
}
