package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.intake.domain.Tenant;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal channel over real HTTP, publishing to a real broker through the real registry. */
class PortalRequestApiTest extends ChannelTestSupport {

  private static final String KEY = "test-key-0123456789abcdefghijklmnop";
  private static final String OTHER_KEY = "other-key-0123456789abcdefghijklmnop";
  private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\":\"([A-Z]+-\\d{6,})\"");
  private static final Pattern CASE_ID = Pattern.compile("\"caseId\":\"([0-9a-f-]{36})\"");

  @BeforeEach
  void twoTenants() {
    tenants.save(new Tenant("acme", "ACME Support", "ACME"), KEY);
    tenants.save(new Tenant("globex", "Globex Support", "GLBX"), OTHER_KEY);
  }

  @Test
  void aPortalRequestGetsACaseNumberAtOnceAndIsPublishedKeyedByCase() throws Exception {
    try (TopicProbe requests = requests()) {
      HttpResponse<String> response = post(KEY, """
          {"reporter":{"name":"Olivia Ops","email":"Ops@Northwind.example","phone":"+31 20 555 0100"},
           "subject":"  Checkout is down ","description":"All web shops return HTTP 500.",
           "severity":"Critical","product":"Shop","version":"2.3.1","language":"en"}""");

      assertThat(response.statusCode()).isEqualTo(201);
      String caseNumber = group(CASE_NUMBER, response.body());
      String caseId = group(CASE_ID, response.body());
      assertThat(caseNumber).startsWith("ACME-");
      assertThat(response.headers().firstValue("Location")).contains("/api/v1/cases/" + caseNumber);

      RequestReceived event = requests.await(RequestReceived.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();
      assertThat(event.getCaseNumber()).isEqualTo(caseNumber);
      assertThat(event.getTenantId()).isEqualTo("acme");
      assertThat(event.getChannel()).isEqualTo(Channel.PORTAL);
      assertThat(event.getPriority()).isEqualTo(Priority.P1);
      assertThat(event.getStatedSeverity()).isEqualTo("Critical");
      assertThat(event.getReporter().getEmail()).isEqualTo("ops@northwind.example");
      assertThat(event.getSubject()).isEqualTo("Checkout is down");
      assertThat(event.getVersion()).isEqualTo("2.3.1");
      assertThat(requests.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE)).hasSize(1);
      // Marked once the broker confirmed it, by the announcing thread.
      await().atMost(DEADLINE).until(() -> database.getCollection("cases")
          .find(Filters.eq("_id", caseId)).first().getBoolean("announced"));
    }
  }

  @Test
  void caseNumbersStayUniqueUnderConcurrentRequestsAndArePerTenant() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String key = i % 3 == 0 ? OTHER_KEY : KEY;
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> post(key, validBody())));
      }
      Set<String> numbers = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).isEqualTo(201);
        numbers.add(group(CASE_NUMBER, response.body()));
      }
      assertThat(numbers).hasSize(24);
      assertThat(numbers.stream().filter(n -> n.startsWith("GLBX-"))).hasSize(8);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withoutAKeyTheAnswerIs401ProblemJsonAndNothingIsOpened() throws Exception {
    long before = database.getCollection("cases").countDocuments();

    HttpResponse<String> missing = send(request("/api/v1/requests")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(validBody())).build());
    HttpResponse<String> wrong = post("not-a-key-of-anyone-at-all-000000", validBody());

    for (HttpResponse<String> response : List.of(missing, wrong)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(response.body()).contains("\"status\":401").contains("X-API-Key");
    }
    assertThat(database.getCollection("cases").countDocuments()).isEqualTo(before);
  }

  @Test
  void invalidFieldsAreListedInA400Problem() throws Exception {
    HttpResponse<String> response = post(KEY, """
        {"reporter":{"email":"not-an-address"},"subject":"","description":"x","severity":"P9"}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"field\":\"reporter.email\"")
        .contains("\"field\":\"subject\"")
        .doesNotContain("Exception");
  }

  @Test
  void anUnknownSeverityWordIsAFieldError() throws Exception {
    HttpResponse<String> response = post(KEY, validBody().replace("\"P2\"", "\"whenever\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"severity\"").contains("'whenever' is not a severity");
  }

  @Test
  void malformedJsonAndWrongMediaTypeAreProblemsToo() throws Exception {
    HttpResponse<String> malformed = post(KEY, "{\"reporter\":");
    HttpResponse<String> text = send(request("/api/v1/requests")
        .header("Content-Type", "text/plain").header("X-API-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofString("help")).build());

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("not valid JSON");
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
  }

  private static String validBody() {
    return """
        {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},
         "subject":"Slow reports","description":"Reports take minutes.","severity":"P2"}""";
  }

  private HttpResponse<String> post(String key, String body) throws Exception {
    return postJson("/api/v1/requests", key, body);
  }

  private static String group(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as("%s in %s", pattern, body).isTrue();
    return m.group(1);
  }
}
