package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A field intake does not know is refused with a 400 problem naming it, never silently dropped
 * (a "$where" that a later change might pass on to MongoDB), and nothing is opened.
 */
class UnknownJsonFieldsTest extends ChannelTestSupport {

  private static final String TENANT = "strict";
  private static final String KEY = key(TENANT, "integration");
  private static final String AGENT = key(TENANT, "agent-s");

  @BeforeEach
  void tenant() {
    tenant(TENANT, "STRICT").agent("agent-s");
  }

  @Test
  void anUnknownTopLevelFieldOfAPortalRequestIsNamedAndOpensNothing() throws Exception {
    long before = cases(TENANT);

    HttpResponse<String> response = postJson("/api/v1/requests", KEY, valid().replace("{\"reporter\"", "{\"$where\":\"1\",\"reporter\""));

    assertProblem(response, 400);
    assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("$where");
    assertThat(json(response).get("errors").get(0).get("message").asString()).isEqualTo("is not a field of this document");
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void anUnknownNestedFieldIsNamedByItsPath() throws Exception {
    HttpResponse<String> response = postJson("/api/v1/requests", KEY,
        valid().replace("\"name\":\"Nora\"", "\"name\":\"Nora\",\"role\":\"admin\""));

    assertProblem(response, 400);
    assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("reporter.role");
  }

  @Test
  void anAgentActionAndAnAlertRefuseUnknownFieldsTheSameWay() throws Exception {
    String caseNumber = json(postJson("/api/v1/requests", KEY, valid())).get("caseNumber").asString();

    HttpResponse<String> agent = postJson("/api/v1/agent/cases/" + caseNumber + "/priority", AGENT,
        "{\"priority\":\"P1\",\"customerConsent\":true,\"reason\":\"x\",\"override\":true}");
    HttpResponse<String> alert = postJson("/api/v1/alerts", KEY,
        AlertChannelTest.notification("firing", "abcd", "2026-11-24T09:00:00Z", "P1").replace("{\"version\"", "{\"$gt\":0,\"version\""));

    assertProblem(agent, 400);
    assertThat(json(agent).get("errors").get(0).get("field").asString()).isEqualTo("override");
    assertProblem(alert, 400);
    assertThat(json(alert).get("errors").get(0).get("field").asString()).isEqualTo("$gt");
  }

  private static String valid() {
    return """
        {"reporter":{"name":"Nora","email":"nora@northwind.example"},"subject":"Slow",
         "description":"Reports are slow.","severity":"P2"}""";
  }
}
