package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.TopicProbe;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Prometheus Alertmanager notifications (payload version 4) over real HTTP with a bearer token. */
class AlertChannelTest extends ChannelTestSupport {

  private static final String TENANT = "monco";
  private static final String TOKEN = key(TENANT, "integration");
  private static final String AGENT = key(TENANT, "sre-1");

  @BeforeEach
  void tenant() {
    tenant(TENANT, "MON").agent("sre-1");
  }

  @Test
  void aFiringAlertOpensACaseAndTheSameNotificationAgainChangesNothing() throws Exception {
    String fingerprint = fingerprint();
    try (TopicProbe requests = requests()) {
      JsonNode first = json(alerts(notification("firing", fingerprint, "2026-11-24T09:00:00.000Z", "critical")));
      JsonNode again = json(alerts(notification("firing", fingerprint, "2026-11-24T09:00:00.000Z", "critical")));

      assertThat(first.get("results").get(0).get("outcome").asString()).isEqualTo("OPENED");
      assertThat(again.get("results").get(0).get("outcome").asString()).isEqualTo("UNCHANGED");
      assertThat(again.get("results").get(0).get("caseNumber")).isEqualTo(first.get("results").get(0).get("caseNumber"));
      RequestReceived event = requests.await(RequestReceived.class, e -> fingerprint.equals(e.getCorrelationKey()), 1,
          DEADLINE).getFirst();
      assertThat(event.getChannel()).isEqualTo(Channel.MONITORING);
      assertThat(event.getCategory()).isEqualTo("infrastructure");
      assertThat(event.getPriority()).isEqualTo(Priority.P1);
      assertThat(event.getStatedSeverity()).isEqualTo("critical");
      assertThat(event.getSubject()).isEqualTo("Disk almost full on db-1");
      assertThat(event.getCustomerHint()).isEqualTo("northwind");
      assertThat(event.getReporter().getName()).isEqualTo("Alertmanager (supportflow)");
      assertThat(cases(TENANT, fingerprint)).isEqualTo(1);
    }
  }

  @Test
  void firingAgainUpdatesTheCaseAndResolvingAddsThatToIt() throws Exception {
    String fingerprint = fingerprint();
    try (TopicProbe activity = activity()) {
      String caseNumber = json(alerts(notification("firing", fingerprint, "2026-11-24T09:00:00Z", "warning")))
          .get("results").get(0).get("caseNumber").asString();
      JsonNode refired = json(alerts(notification("firing", fingerprint, "2026-11-24T11:00:00+01:00", "warning")));
      JsonNode resolved = json(alerts(notification("resolved", fingerprint, "2026-11-24T11:00:00+01:00", "warning")));
      JsonNode resolvedAgain = json(alerts(notification("resolved", fingerprint, "2026-11-24T11:00:00+01:00", "warning")));

      assertThat(refired.get("results").get(0).get("outcome").asString()).isEqualTo("UPDATED");
      assertThat(resolved.get("results").get(0).get("outcome").asString()).isEqualTo("RESOLUTION_ADDED");
      assertThat(resolvedAgain.get("results").get(0).get("outcome").asString()).isEqualTo("UNCHANGED");
      var events = activity.await(CaseActivityRecorded.class, e -> e.getCaseNumber().equals(caseNumber), 2, DEADLINE);
      assertThat(events).extracting(CaseActivityRecorded::getActivity)
          .containsExactly(CaseActivity.CUSTOMER_REPLIED, CaseActivity.CUSTOMER_REPLIED);
      assertThat(events.get(0).getMessage()).startsWith("Alert firing again since 2026-11-24T10:00:00Z");
      assertThat(events.get(1).getMessage()).startsWith("Alert resolved at 2026-11-24T10:30:00Z");
      assertThat(events).allSatisfy(e -> {
        assertThat(e.getChannel()).isEqualTo("MONITORING");
        assertThat(e.getCorrelationKey()).isEqualTo(fingerprint);
      });
      assertThat(cases(TENANT, fingerprint)).isEqualTo(1);
    }
  }

  @Test
  void anAlertFiringAfterItsCaseWasResolvedOpensANewCase() throws Exception {
    String fingerprint = fingerprint();
    String first = json(alerts(notification("firing", fingerprint, "2026-11-24T09:00:00Z", "info")))
        .get("results").get(0).get("caseNumber").asString();
    assertThat(postJson("/api/v1/agent/cases/" + first + "/resolve", AGENT, "{}").statusCode()).isEqualTo(201);

    JsonNode next = json(alerts(notification("firing", fingerprint, "2026-11-25T09:00:00Z", "info")));

    assertThat(next.get("results").get(0).get("outcome").asString()).isEqualTo("OPENED");
    assertThat(next.get("results").get(0).get("caseNumber").asString()).isNotEqualTo(first);
    assertThat(cases(TENANT, fingerprint)).isEqualTo(2);
  }

  @Test
  void withoutTheTokenNothingIsOpened() throws Exception {
    String fingerprint = fingerprint();
    HttpResponse<String> response = send(request("/api/v1/alerts").header("Content-Type", "application/json")
        .header("Authorization", "Bearer not-the-token-0123456789abcdef")
        .POST(HttpRequest.BodyPublishers.ofString(notification("firing", fingerprint, "2026-11-24T09:00:00Z", "P1")))
        .build());

    assertProblem(response, 401);
    assertThat(cases(TENANT, fingerprint)).isZero();
  }

  private long cases(String tenant, String fingerprint) {
    return database.getCollection("cases").countDocuments(com.mongodb.client.model.Filters.and(
        com.mongodb.client.model.Filters.eq("tenantId", tenant),
        com.mongodb.client.model.Filters.eq("correlationKey", fingerprint)));
  }

  private HttpResponse<String> alerts(String body) throws Exception {
    HttpResponse<String> response = send(request("/api/v1/alerts").header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  private static String fingerprint() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static String notification(String status, String fingerprint, String startsAt, String severity) {
    String endsAt = status.equals("resolved") ? "2026-11-24T10:30:00Z" : "0001-01-01T00:00:00Z";
    return """
        {"version":"4","groupKey":"{}:{alertname=\\"DiskFull\\"}","truncatedAlerts":0,"status":"%s",
         "receiver":"supportflow","groupLabels":{"alertname":"DiskFull"},
         "commonLabels":{"alertname":"DiskFull","customer":"northwind"},"commonAnnotations":{},
         "externalURL":"http://alertmanager:9093",
         "alerts":[{"status":"%s","labels":{"alertname":"DiskFull","instance":"db-1","severity":"%s"},
           "annotations":{"summary":"Disk almost full on db-1","description":"Only 2%% left on /var."},
           "startsAt":"%s","endsAt":"%s","generatorURL":"http://prometheus:9090/graph","fingerprint":"%s"}]}"""
        .formatted(status, status, severity, startsAt, endsAt, fingerprint);
  }
}
