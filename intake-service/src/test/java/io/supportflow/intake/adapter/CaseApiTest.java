package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.TopicProbe;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Portal customers, their isolation, idempotent opening, and the agents' actions over real HTTP and Kafka. */
class CaseApiTest extends ChannelTestSupport {

  private static final Cast CAST = new Cast("casetest");

  @BeforeEach
  void keys() {
    save(CAST, "CASE");
  }

  @Test
  void aCustomerOpensReadsAndRepliesToItsOwnCase() throws Exception {
    try (TopicProbe requests = requests(); TopicProbe activity = activity()) {
      JsonNode opened = json(postJson("/api/v1/requests", CAST.northwind(), body("Reports are slow")));
      String caseId = opened.get("caseId").asString();
      String number = opened.get("caseNumber").asString();

      RequestReceived received = requests.await(RequestReceived.class, e -> e.getCaseId().equals(caseId), 1, DEADLINE)
          .getFirst();
      assertThat(received.getCustomerHint()).isEqualTo("northwind");
      assertThat(received.getChannel()).isEqualTo(Channel.PORTAL);
      assertThat(received.getVersion()).isEqualTo("4.2.0");

      HttpResponse<String> reply = postJson("/api/v1/cases/" + number + "/replies", CAST.northwind(),
          "{\"message\":\"Here are the logs you asked for.\"}");
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);

      CaseActivityRecorded event = activity.await(CaseActivityRecorded.class, e -> e.getCaseId().equals(caseId), 1,
          DEADLINE).getFirst();
      assertThat(event.getActivity()).isEqualTo(CaseActivity.CUSTOMER_REPLIED);
      assertThat(event.getActor()).isEqualTo("northwind");
      assertThat(event.getMessage()).isEqualTo("Here are the logs you asked for.");
      assertThat(event.getChannel()).isEqualTo("PORTAL");
      assertThat(event.getCaseNumber()).isEqualTo(number);
      assertThat(activity.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE)).hasSize(1);

      JsonNode view = json(get("/api/v1/cases/" + number, CAST.northwind()));
      assertThat(view.get("status").asString()).isEqualTo("NEW");
      assertThat(view.get("subject").asString()).isEqualTo("Reports are slow");
      assertThat(view.get("thread").get(0).get("message").asString()).isEqualTo("Here are the logs you asked for.");
    }
  }

  @Test
  void anotherCustomerCannotSeeOrAnswerTheCase() throws Exception {
    String number = json(postJson("/api/v1/requests", CAST.northwind(), body("Private"))).get("caseNumber").asString();

    assertProblem(get("/api/v1/cases/" + number, CAST.globex()), 404);
    assertProblem(postJson("/api/v1/cases/" + number + "/replies", CAST.globex(), "{\"message\":\"mine now\"}"), 404);
    assertThat(get("/api/v1/cases/" + number, CAST.agent()).statusCode()).isEqualTo(200);
    assertProblem(get("/api/v1/cases/" + number, CAST.integration()), 403);
    assertProblem(get("/api/v1/cases/" + number, "no-such-key-0123456789abcdefghijkl"), 401);
    assertThat(json(get("/api/v1/cases/" + number, CAST.northwind())).get("thread")).isEmpty();
  }

  @Test
  void aRetriedRequestWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
    try (TopicProbe requests = requests()) {
      HttpResponse<String> first = postIdempotent("retry-1", body("Once only"));
      HttpResponse<String> again = postIdempotent("retry-1", body("Once only"));

      assertThat(first.statusCode()).isEqualTo(201);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
      assertThat(json(again).get("caseNumber")).isEqualTo(json(first).get("caseNumber"));
      String caseId = json(first).get("caseId").asString();
      RequestReceived event = requests.await(RequestReceived.class, e -> e.getCaseId().equals(caseId), 1, DEADLINE)
          .getFirst();
      assertThat(event.getCorrelationKey()).isEqualTo("retry-1");

      assertProblem(postIdempotent("retry-1", body("Something else")), 422);
    }
  }

  @Test
  void concurrentRetriesOnOneIdempotencyKeyOpenOneCase() throws Exception {
    long before = cases(CAST.tenant());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> postIdempotent("race-7", body("Race"))));
      }
      Set<String> numbers = new HashSet<>();
      int created = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        created += response.statusCode() == 201 ? 1 : 0;
        numbers.add(json(response).get("caseNumber").asString());
      }
      assertThat(numbers).hasSize(1);
      assertThat(created).isEqualTo(1);
      assertThat(cases(CAST.tenant())).isEqualTo(before + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAgentWorksACaseThroughItsLifecycleAndEveryStepIsAnEvent() throws Exception {
    try (TopicProbe activity = activity()) {
      JsonNode opened = json(postJson("/api/v1/requests", CAST.northwind(), body("Checkout down")));
      String caseId = opened.get("caseId").asString();
      String base = "/api/v1/agent/cases/" + opened.get("caseNumber").asString();

      assertThat(json(postJson(base + "/responses", CAST.agent(), "{\"message\":\"We are on it.\"}"))
          .get("caseStatus").asString()).isEqualTo("OPEN");
      JsonNode changed = json(postJson(base + "/priority", CAST.agent(),
          "{\"priority\":\"Critical\",\"customerConsent\":true,\"reason\":\"All shops down\"}"));
      assertThat(changed.get("priority").asString()).isEqualTo("P1");
      assertThat(json(postJson(base + "/hold", CAST.agent(), "{\"reason\":\"Waiting for the HAR file\"}"))
          .get("caseStatus").asString()).isEqualTo("ON_HOLD");
      HttpResponse<String> holdAgain = postJson(base + "/hold", CAST.agent(), "{\"reason\":\"again\"}");
      assertProblem(holdAgain, 409);
      assertThat(json(holdAgain).get("detail").asString()).endsWith("is already on hold");
      assertThat(postJson(base + "/resume", CAST.agent(), "{}").statusCode()).isEqualTo(201);
      assertThat(send(request(base + "/resolve").header("X-API-Key", CAST.agent())
          .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(201);
      HttpResponse<String> holdResolved = postJson(base + "/hold", CAST.agent(), "{\"reason\":\"x\"}");
      assertProblem(holdResolved, 409);
      assertThat(json(holdResolved).get("detail").asString()).endsWith("is RESOLVED; only a case in work can be put on hold");
      assertThat(postJson(base + "/close", CAST.agent(), "{\"reason\":\"Confirmed fixed\"}").statusCode())
          .isEqualTo(201);
      HttpResponse<String> resolveClosed = postJson(base + "/resolve", CAST.agent(), "{}");
      assertProblem(resolveClosed, 409);
      assertThat(json(resolveClosed).get("detail").asString()).endsWith("a closed case cannot be resolved");

      List<CaseActivityRecorded> events = activity.await(CaseActivityRecorded.class,
          e -> e.getCaseId().equals(caseId), 6, DEADLINE);
      assertThat(events).extracting(CaseActivityRecorded::getActivity).containsExactly(
          CaseActivity.AGENT_RESPONDED, CaseActivity.PRIORITY_CHANGED, CaseActivity.PUT_ON_HOLD,
          CaseActivity.RESUMED, CaseActivity.RESOLVED, CaseActivity.CLOSED);
      CaseActivityRecorded priority = events.get(1);
      assertThat(priority.getNewPriority()).isEqualTo(Priority.P1);
      assertThat(priority.getPreviousPriority()).isEqualTo(Priority.P3);
      assertThat(priority.getCustomerConsent()).isTrue();
      assertThat(priority.getReason()).isEqualTo("All shops down");
      assertThat(priority.getActor()).isEqualTo("olaf");
      assertThat(events.get(0).getVisibleToCustomer()).isTrue();
      assertThat(events).extracting(CaseActivityRecorded::getCaseStatus)
          .containsExactly("OPEN", "OPEN", "ON_HOLD", "OPEN", "RESOLVED", "CLOSED");
    }
  }

  @Test
  void anInternalNoteIsHiddenFromTheCustomerButNotFromAgents() throws Exception {
    String number = json(postJson("/api/v1/requests", CAST.northwind(), body("Notes"))).get("caseNumber").asString();
    postJson("/api/v1/agent/cases/" + number + "/responses", CAST.agent(),
        "{\"message\":\"Customer runs an EOL build\",\"visibleToCustomer\":false}");

    assertThat(json(get("/api/v1/cases/" + number, CAST.northwind())).get("thread")).isEmpty();
    assertThat(json(get("/api/v1/cases/" + number, CAST.agent())).get("thread").get(0).get("message").asString())
        .isEqualTo("Customer runs an EOL build");
  }

  @Test
  void aPriorityChangeNeedsAReasonAndCustomersMayNotActAsAgents() throws Exception {
    String number = json(postJson("/api/v1/requests", CAST.northwind(), body("Rules"))).get("caseNumber").asString();
    String base = "/api/v1/agent/cases/" + number;

    HttpResponse<String> noReason =
        postJson(base + "/priority", CAST.agent(), "{\"priority\":\"P1\",\"customerConsent\":true}");
    assertProblem(noReason, 400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");
    assertProblem(postJson(base + "/resolve", CAST.northwind(), "{}"), 403);
    assertProblem(postJson("/api/v1/agent/cases/CASE-999999/resolve", CAST.agent(), "{}"), 404);
  }

  private HttpResponse<String> postIdempotent(String key, String body) throws Exception {
    return send(request("/api/v1/requests").header("Content-Type", "application/json")
        .header("X-API-Key", CAST.northwind()).header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String body(String subject) {
    return """
        {"reporter":{"name":"Nora North","email":"nora@northwind.example"},
         "subject":"%s","description":"Since version 4.2.0 it takes minutes.","severity":"Moderate"}"""
        .formatted(subject);
  }
}
