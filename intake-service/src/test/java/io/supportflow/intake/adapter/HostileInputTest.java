package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.intake.adapter.phone.WebhookSignatures;
import io.supportflow.intake.application.phone.PhoneLine;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed and hostile input on every channel: each is answered with a 4xx problem (never a
 * 500), opens nothing, and the service still serves a good request afterwards.
 */
class HostileInputTest extends ChannelTestSupport {

  private static final String TENANT = "hostile";
  private static final String KEY = key(TENANT, "integration");
  private static final String CUSTOMER = key(TENANT, "acme-customer");
  private static final String AGENT = key(TENANT, "agent-h");
  private static final String SECRET = "hostile-phone-secret-0123456789";

  @BeforeEach
  void tenant() {
    tenant(TENANT, "HOST").customer("acme-customer").agent("agent-h");
    tenants.savePhoneLine(TENANT, new PhoneLine(SECRET, null, "NL"));
  }

  @Test
  void hostileInputOnEveryChannelIsAProblemNeverAFailureAndOpensNothing() throws Exception {
    String caseNumber = json(postJson("/api/v1/requests", CUSTOMER, valid())).get("caseNumber").asString();
    long before = cases(TENANT);
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();

    // Portal: Mongo operators, wrong types, broken and deeply nested JSON, bad headers and paths.
    answers.put("operator as subject", postJson("/api/v1/requests", KEY, valid().replace("\"Slow\"", "{\"$gt\":\"\"}")));
    answers.put("operator as email", postJson("/api/v1/requests", KEY,
        valid().replace("\"nora@northwind.example\"", "{\"$ne\":null}")));
    answers.put("operator as severity", postJson("/api/v1/requests", KEY, valid().replace("\"P2\"", "{\"$where\":\"1\"}")));
    answers.put("array as body", postJson("/api/v1/requests", KEY, "[1,2,3]"));
    answers.put("truncated json", postJson("/api/v1/requests", KEY, "{\"reporter\":{\"email\""));
    answers.put("deep nesting", postJson("/api/v1/requests", KEY, "[".repeat(20_000) + "]".repeat(20_000)));
    answers.put("huge subject", postJson("/api/v1/requests", KEY, valid().replace("\"Slow\"", "\"" + "x".repeat(5_000) + "\"")));
    answers.put("control chars", postJson("/api/v1/requests", KEY, valid().replace("\"Slow\"", "\"\\u0000\\u0007\"")));
    answers.put("bad idempotency key", send(request("/api/v1/requests").header("Content-Type", "application/json")
        .header("X-API-Key", KEY).header("Idempotency-Key", "{\"$gt\":\"\"}")
        .POST(HttpRequest.BodyPublishers.ofString(valid())).build()));
    answers.put("xml body", send(request("/api/v1/requests").header("Content-Type", "application/xml")
        .header("X-API-Key", KEY).POST(HttpRequest.BodyPublishers.ofString("<a/>")).build()));
    answers.put("operator in case path", get("/api/v1/cases/%7B%22$gt%22:%22%22%7D", CUSTOMER));
    answers.put("regex in case path", get("/api/v1/cases/HOST-.*", CUSTOMER));
    answers.put("operator as reply", postJson("/api/v1/cases/" + caseNumber + "/replies", CUSTOMER, "{\"message\":{\"$gt\":\"\"}}"));
    answers.put("overlong key", send(request("/api/v1/cases/" + caseNumber).header("X-API-Key", "k".repeat(5_000)).GET().build()));

    // Agent actions.
    answers.put("operator as priority", postJson("/api/v1/agent/cases/" + caseNumber + "/priority", AGENT,
        "{\"priority\":{\"$gt\":\"\"},\"customerConsent\":true,\"reason\":\"x\"}"));
    answers.put("consent not boolean", postJson("/api/v1/agent/cases/" + caseNumber + "/priority", AGENT,
        "{\"priority\":\"P1\",\"customerConsent\":\"perhaps\",\"reason\":\"x\"}"));
    answers.put("unknown priority", postJson("/api/v1/agent/cases/" + caseNumber + "/priority", AGENT,
        "{\"priority\":\"P0\",\"customerConsent\":true,\"reason\":\"x\"}"));

    // Monitoring.
    answers.put("alert version 3", postJson("/api/v1/alerts", KEY,
        AlertChannelTest.notification("firing", "ffff", "2026-11-24T09:00:00Z", "P1").replace("\"version\":\"4\"", "\"version\":\"3\"")));
    answers.put("alert bad time", postJson("/api/v1/alerts", KEY,
        AlertChannelTest.notification("firing", "fffe", "yesterday", "P1")));
    answers.put("alert fingerprint operator", postJson("/api/v1/alerts", KEY,
        AlertChannelTest.notification("firing", "{\\\"$gt\\\":\\\"\\\"}", "2026-11-24T09:00:00Z", "P1")));
    answers.put("alerts not a list", postJson("/api/v1/alerts", KEY, "{\"version\":\"4\",\"alerts\":{\"$gt\":\"\"}}"));
    answers.put("alerts empty", postJson("/api/v1/alerts", KEY, "{\"version\":\"4\",\"alerts\":[]}"));

    // Phone: signed, but malformed or hostile inside.
    answers.put("signed garbage", signed("{\"event\":"));
    answers.put("signed operator call id", signed("{\"event\":\"NEW_CALL\",\"callId\":{\"$gt\":\"\"},\"direction\":\"INBOUND\"}"));
    answers.put("signed bad call id", signed("{\"event\":\"NEW_CALL\",\"callId\":\"$where\",\"direction\":\"INBOUND\"}"));
    answers.put("signed unknown event", signed("{\"event\":\"EXPLODE\",\"callId\":\"c1\",\"direction\":\"INBOUND\"}"));
    answers.put("signed bad time", signed("{\"event\":\"NEW_CALL\",\"callId\":\"c1\",\"direction\":\"INBOUND\",\"at\":\"noon\"}"));
    answers.put("unsigned twilio", send(request("/api/v1/phone/" + TENANT + "/twilio")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1&CallStatus=ringing")).build()));
    answers.put("encoded slash in path", send(request("/api/v1/phone/..%2F..%2Fadmin/events")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
    answers.put("semicolon in path", get("/api/v1/cases/HOST-000001;jsessionid=x", CUSTOMER));
    answers.put("double slash in path", get("/api//cases/HOST-000001", CUSTOMER));

    // Mail webhook: MIME bombs and non-mail.
    StringBuilder deep = new StringBuilder("From: a@b.example\r\nSubject: deep\r\n");
    for (int i = 0; i < 50; i++) {
      deep.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
    }
    answers.put("mime nesting bomb", mail(deep.append("\r\nx\r\n").toString().getBytes(StandardCharsets.UTF_8)));
    answers.put("binary as mail", mail(new byte[] {(byte) 0xde, (byte) 0xad, 0, (byte) 0xbe, (byte) 0xef}));

    List<String> failures = new ArrayList<>();
    answers.forEach((name, response) -> {
      boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
      if (response.statusCode() < 400 || response.statusCode() >= 500 || !problem) {
        failures.add(name + " -> " + response.statusCode() + " " + response.body());
      }
    });
    assertThat(failures).isEmpty();
    assertThat(answers.get("operator as subject").body()).contains("not valid JSON");
    assertThat(answers.get("operator in case path").statusCode()).isEqualTo(404);
    assertThat(answers.get("xml body").statusCode()).isEqualTo(415);
    assertThat(answers.get("control chars").body()).contains("\"field\":\"subject\"");
    assertThat(answers.get("mime nesting bomb").statusCode()).isEqualTo(422);
    assertThat(cases(TENANT)).isEqualTo(before);
    assertThat(postJson("/api/v1/requests", KEY, valid()).statusCode()).isEqualTo(201);
  }

  @Test
  void anOversizedBodyIs413WhetherItDeclaresItsLengthOrNot() throws Exception {
    long before = cases(TENANT);
    byte[] big = ("{\"subject\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> declared = send(request("/api/v1/requests").header("Content-Type", "application/json")
        .header("X-API-Key", KEY).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
    HttpResponse<String> chunked = send(request("/api/v1/requests").header("Content-Type", "application/json")
        .header("X-API-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    HttpResponse<String> bigMail = mail(("From: a@b.example\r\n\r\n" + "y".repeat(300_000)).getBytes(StandardCharsets.UTF_8));

    assertProblem(declared, 413);
    assertProblem(chunked, 413);
    assertProblem(bigMail, 413);
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void oneLineFieldsAreCleanedOrRefusedTheSameWayOnEveryChannel() throws Exception {
    long before = cases(TENANT);
    // Normalised: a line break in a subject is one space, as a mail's folded subject is.
    HttpResponse<String> folded = postJson("/api/v1/requests", CUSTOMER,
        valid().replace("\"Slow\"", "\"Slow\\r\\nBcc: victim@example.com\\u200B\""));
    assertThat(folded.statusCode()).as(folded.body()).isEqualTo(201);
    String caseNumber = json(folded).get("caseNumber").asString();
    assertThat(json(get("/api/v1/cases/" + caseNumber, CUSTOMER)).get("subject").asString())
        .isEqualTo("Slow Bcc: victim@example.com");

    // Refused, naming the field: a bidi override in a subject, a reporter name, a call summary, an alert label.
    Map<String, HttpResponse<String>> refused = new LinkedHashMap<>();
    refused.put("subject", postJson("/api/v1/requests", KEY, valid().replace("\"Slow\"", "\"Slow \\u202Eexe.pdf\"")));
    refused.put("reporter.name", postJson("/api/v1/requests", KEY, valid().replace("\"Nora\"", "\"No\\u2066ra\"")));
    refused.put("phone summary", signedTo("/calls", """
        {"callId":"c-bidi","caller":{"name":"Nora"},"summary":"Down \\u202E"}"""));
    refused.put("labels", postJson("/api/v1/alerts", KEY, AlertChannelTest.notification("firing", "fbidi",
        "2026-11-24T09:00:00Z", "P1").replace("\"instance\":\"db-1\"", "\"$where\":\"1\"")));
    refused.put("labels.alertname", postJson("/api/v1/alerts", KEY, AlertChannelTest.notification("firing", "fnul",
        "2026-11-24T09:00:00Z", "P1").replace("\"alertname\":\"DiskFull\",\"instance\"",
            "\"alertname\":\"Disk\\u0000Full\",\"instance\"")));
    refused.forEach((field, response) -> {
      assertProblem(response, 400);
      assertThat(response.body()).as(field).contains("\"field\":\"" + (field.equals("phone summary") ? "subject" : field));
    });

    // Multi-line text keeps its lines and loses the rest.
    HttpResponse<String> reply = postJson("/api/v1/cases/" + caseNumber + "/replies", CUSTOMER,
        "{\"message\":\"line 1\\r\\nline 2\\u0000\\u202E!\"}");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    assertThat(json(get("/api/v1/cases/" + caseNumber, CUSTOMER)).get("thread").get(0).get("message").asString())
        .isEqualTo("line 1\nline 2!");
    assertThat(cases(TENANT)).isEqualTo(before + 1);
  }

  @Test
  void everyUnauthenticatedPhoneRequestGetsTheSame401WhateverTheTenant() throws Exception {
    String body = "{\"event\":\"NEW_CALL\",\"callId\":\"c-probe\",\"direction\":\"INBOUND\"}";
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (String tenant : List.of(TENANT, "no-such-tenant", "nophone")) {
      answers.add(send(request("/api/v1/phone/" + tenant + "/events").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
      answers.add(send(request("/api/v1/phone/" + tenant + "/twilio")
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", "x")
          .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA1&CallStatus=ringing")).build()));
    }
    tenant("nophone", "NOPH");
    answers.add(send(request("/api/v1/phone/nophone/events").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()));

    for (HttpResponse<String> answer : answers) {
      assertProblem(answer, 401);
      var problem = json(answer);
      assertThat(List.of(problem.get("type").asString(), problem.get("title").asString(),
          problem.get("detail").asString())).isEqualTo(List.of(json(answers.getFirst()).get("type").asString(),
          json(answers.getFirst()).get("title").asString(), json(answers.getFirst()).get("detail").asString()));
    }
  }

  @Test
  void aKeyOverItsRateIsToldWhenToRetry() throws Exception {
    String limited = "hostile-limited-key-0123456789abcdef";
    tenants.saveCustomerKey(TENANT, "limited", limited, 3);

    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = get("/api/v1/cases/HOST-999999", limited);
      statuses.add(last.statusCode());
    }

    assertThat(statuses).containsExactly(404, 404, 404, 429);
    assertProblem(last, 429);
    assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
        s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
    assertThat(get("/api/v1/cases/HOST-999999", CUSTOMER).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> mail(byte[] raw) throws Exception {
    return send(request("/api/v1/inbound-mail").header("Content-Type", "message/rfc822").header("X-API-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build());
  }

  private HttpResponse<String> signedTo(String path, String body) throws Exception {
    String ts = String.valueOf(Instant.now().getEpochSecond());
    return send(request("/api/v1/phone/" + TENANT + path).header("Content-Type", "application/json")
        .header("X-SupportFlow-Timestamp", ts)
        .header("X-SupportFlow-Signature", WebhookSignatures.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> signed(String body) throws Exception {
    String ts = String.valueOf(Instant.now().getEpochSecond());
    return send(request("/api/v1/phone/" + TENANT + "/events").header("Content-Type", "application/json")
        .header("X-SupportFlow-Timestamp", ts)
        .header("X-SupportFlow-Signature", WebhookSignatures.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String valid() {
    return """
        {"reporter":{"name":"Nora","email":"nora@northwind.example"},"subject":"Slow",
         "description":"Reports are slow.","severity":"P2"}""";
  }
}
