package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.intake.adapter.phone.WebhookSignatures;
import io.supportflow.intake.application.phone.PhoneLine;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed (and tampered) telephony webhooks over real HTTP; one call id, one case. */
class PhoneChannelTest extends ChannelTestSupport {

  private static final String TENANT = "phoneco";
  private static final String SECRET = "phone-hmac-secret-0123456789";
  private static final String TWILIO = "twilio-auth-token-abcdef";

  @BeforeEach
  void phoneLine() {
    tenant(TENANT, "TEL");
    tenants.savePhoneLine(TENANT, new PhoneLine(SECRET, TWILIO, "NL"));
  }

  @Test
  void anInboundCallOpensOneCaseWhateverEventsFollow() throws Exception {
    String callId = "call-" + UUID.randomUUID();
    try (TopicProbe requests = requests()) {
      HttpResponse<String> ring = signed("/events", event("NEW_CALL", callId, "INBOUND"));
      HttpResponse<String> answered = signed("/events", event("ANSWERED", callId, "INBOUND"));
      HttpResponse<String> hangUp = signed("/events", event("HANG_UP", callId, "INBOUND"));

      assertThat(ring.statusCode()).as(ring.body()).isEqualTo(201);
      assertThat(answered.statusCode()).isEqualTo(200);
      assertThat(hangUp.statusCode()).isEqualTo(200);
      assertThat(json(hangUp).get("caseNumber")).isEqualTo(json(ring).get("caseNumber"));
      RequestReceived event = requests.await(RequestReceived.class, e -> callId.equals(e.getCorrelationKey()), 1,
          DEADLINE).getFirst();
      assertThat(event.getChannel()).isEqualTo(Channel.PHONE);
      assertThat(event.getReporter().getPhone()).isEqualTo("+31205550100");
      assertThat(event.getSubject()).isEqualTo("Phone call from +31205550100");
      assertThat(event.getCaseNumber()).startsWith("TEL-");
      assertThat(database.getCollection("cases").countDocuments(
          com.mongodb.client.model.Filters.eq("correlationKey", callId))).isEqualTo(1);
    }
  }

  @Test
  void theOperatorsSummaryCompletesTheCaseThePhoneSystemOpened() throws Exception {
    String callId = "call-" + UUID.randomUUID();
    try (TopicProbe activity = activity()) {
      String caseId = json(signed("/events", event("NEW_CALL", callId, "INBOUND"))).get("caseId").asString();

      HttpResponse<String> report = signed("/calls", """
          {"callId":"%s","caller":{"name":"Piet Praat","phone":"020 555 0100"},
           "summary":"Web client unreachable for all users","severity":"SEV1"}""".formatted(callId));

      assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
      assertThat(json(report).get("caseId").asString()).isEqualTo(caseId);
      List<CaseActivityRecorded> events = activity.await(CaseActivityRecorded.class,
          e -> e.getCaseId().equals(caseId), 2, DEADLINE);
      assertThat(events.get(0).getActivity()).isEqualTo(CaseActivity.CUSTOMER_REPLIED);
      assertThat(events.get(0).getMessage()).isEqualTo("Web client unreachable for all users");
      assertThat(events.get(1).getActivity()).isEqualTo(CaseActivity.PRIORITY_CHANGED);
      assertThat(events.get(1).getNewPriority()).isEqualTo(Priority.P1);
      assertThat(events.get(1).getCustomerConsent()).isTrue();
      assertThat(events.get(1).getReason()).contains("SEV1 stated by the caller");
    }
  }

  @Test
  void anOperatorCanOpenACaseFromACallTheSystemNeverReported() throws Exception {
    String callId = "op-" + UUID.randomUUID();
    try (TopicProbe requests = requests()) {
      HttpResponse<String> report = signed("/calls", """
          {"callId":"%s","caller":{"name":"Piet Praat","email":"Piet@Customer.example","phone":"+31 (0)6 1234 5678"},
           "summary":"Remote login impossible","description":"Since version 3.1.4 nobody can log in.",
           "severity":"Urgent"}""".formatted(callId));
      HttpResponse<String> retry = signed("/calls", """
          {"callId":"%s","caller":{"name":"Piet Praat"},"summary":"Remote login impossible"}""".formatted(callId));

      assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
      assertThat(retry.statusCode()).isEqualTo(200);
      RequestReceived event = requests.await(RequestReceived.class, e -> callId.equals(e.getCorrelationKey()), 1,
          DEADLINE).getFirst();
      assertThat(event.getPriority()).isEqualTo(Priority.P2);
      assertThat(event.getReporter().getPhone()).isEqualTo("+31612345678");
      assertThat(event.getReporter().getEmail()).isEqualTo("piet@customer.example");
      assertThat(event.getVersion()).isEqualTo("3.1.4");
    }
  }

  @Test
  void tamperedStaleUnsignedOrMisaddressedWebhooksAreRefusedAndOpenNothing() throws Exception {
    long before = cases(TENANT);
    String body = event("NEW_CALL", "call-" + UUID.randomUUID(), "INBOUND");
    String ts = String.valueOf(Instant.now().getEpochSecond());
    String signature = WebhookSignatures.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8));

    assertProblem(raw("/events", body.replace("INBOUND", "OUTBOUND"), ts, signature), 401);
    assertProblem(raw("/events", body, ts, WebhookSignatures.sign("wrong-secret", ts, body.getBytes(StandardCharsets.UTF_8))), 401);
    String old = String.valueOf(Instant.now().minusSeconds(600).getEpochSecond());
    assertProblem(raw("/events", body, old, WebhookSignatures.sign(SECRET, old, body.getBytes(StandardCharsets.UTF_8))), 401);
    assertProblem(raw("/events", body, null, null), 401);
    assertProblem(send(request("/api/v1/phone/nobody/events").header("Content-Type", "application/json")
        .header("X-SupportFlow-Timestamp", ts).header("X-SupportFlow-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 401);
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void outboundCallsOpenNoCase() throws Exception {
    long before = cases(TENANT);
    HttpResponse<String> response = signed("/events", event("NEW_CALL", "out-" + UUID.randomUUID(), "OUTBOUND"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("caseNumber").isNull()).isTrue();
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void concurrentEventsOfOneCallOpenOneCase() throws Exception {
    String callId = "race-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String kind : List.of("NEW_CALL", "ANSWERED", "HANG_UP", "NEW_CALL", "ANSWERED", "HANG_UP")) {
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> signed("/events", event(kind, callId, "INBOUND"))));
      }
      Set<String> numbers = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        numbers.add(json(answer.get()).get("caseNumber").asString());
      }
      assertThat(numbers).hasSize(1);
      assertThat(database.getCollection("cases").countDocuments(
          com.mongodb.client.model.Filters.eq("correlationKey", callId))).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twilioFormPostsWithTheirSignatureAreAcceptedAndTamperedOnesRefused() throws Exception {
    String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("CallSid", List.of(sid));
    params.put("From", List.of("+14155552671"));
    params.put("To", List.of("+31205550199"));
    params.put("Direction", List.of("inbound"));
    params.put("CallStatus", List.of("ringing"));
    String url = "http://localhost:" + port + "/api/v1/phone/" + TENANT + "/twilio";
    String signature = WebhookSignatures.twilioSign(TWILIO, url, params);

    HttpResponse<String> accepted = twilio(form(params), signature);
    params.put("From", List.of("+14155550000"));
    HttpResponse<String> tampered = twilio(form(params), signature);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertProblem(tampered, 401);
    assertThat(database.getCollection("cases").countDocuments(
        com.mongodb.client.model.Filters.eq("correlationKey", sid))).isEqualTo(1);
  }

  private HttpResponse<String> twilio(String form, String signature) throws Exception {
    return send(request("/api/v1/phone/" + TENANT + "/twilio")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private static String form(Map<String, List<String>> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().getFirst(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String event(String kind, String callId, String direction) {
    return """
        {"event":"%s","callId":"%s","from":"020 555 0100","to":"+31205550199","direction":"%s"}"""
        .formatted(kind, callId, direction);
  }

  HttpResponse<String> signed(String path, String body) throws Exception {
    String ts = String.valueOf(Instant.now().getEpochSecond());
    return raw(path, body, ts, WebhookSignatures.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> raw(String path, String body, String ts, String signature) throws Exception {
    HttpRequest.Builder b = request("/api/v1/phone/" + TENANT + path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ts != null) {
      b.header("X-SupportFlow-Timestamp", ts).header("X-SupportFlow-Signature", signature);
    }
    return send(b.build());
  }
}
