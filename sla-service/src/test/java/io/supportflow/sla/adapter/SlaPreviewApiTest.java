package io.supportflow.sla.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.web.KeyDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The what-if over real HTTP: authenticated, validated, and the answer a support manager can check. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"supportflow.mongodb.database=sla-preview-test", "supportflow.sla.max-body-size=64KB"})
@OnTestStack
class SlaPreviewApiTest {

  private static final String KEY = "preview-key-0123456789abcdefghij";
  private static final String CUSTOMER_KEY = "preview-customer-key-0123456789ab";

  @DynamicPropertySource
  static void ownSettings(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests",
        () -> "acme:agent:" + KeyDigest.of(KEY) + ",acme:customer:" + KeyDigest.of(CUSTOMER_KEY));
  }

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private static final String TEAM_TERMS = """
      "terms": {
        "calendar": {"zone": "Europe/Amsterdam",
                     "weeklyHours": [{"days": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"], "from": "08:00", "to": "17:00"}],
                     "holidays": ["2026-12-25"]},
        "targets": [{"priority": "P2", "metric": "FIRST_RESPONSE", "amount": 6, "unit": "BUSINESS_HOURS"},
                    {"priority": "P1", "metric": "FIRST_RESPONSE", "amount": 2, "unit": "BUSINESS_HOURS"}]
      }""";

  @Test
  void holdAcrossTheSpringForwardWeekendIsDeductedInTheAnswer() throws Exception {
    // Friday 27 March 2026 14:00 CET; on hold 16:00 until Monday 30 March 10:00 CEST.
    HttpResponse<String> response = post(KEY, "{" + TEAM_TERMS + """
        , "priority": "P2", "receivedAt": "2026-03-27T14:00:00+01:00",
          "activities": [{"at": "2026-03-27T16:00:00+01:00", "kind": "PUT_ON_HOLD"},
                         {"at": "2026-03-30T10:00:00+02:00", "kind": "RESUMED"}]}""");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"clock\":\"FIRST_RESPONSE\"")
        .contains("\"state\":\"RUNNING\"")
        .contains("\"deadline\":\"2026-03-30T12:00:00Z\"") // Monday 14:00 CEST
        .contains("\"counted\":\"PT2H\"")
        .contains("\"workCommencesAt\":\"2026-03-27T13:00:00Z\"");
  }

  @Test
  void raisingThePriorityPastItsTargetShowsTheBreachAtTheChange() throws Exception {
    HttpResponse<String> response = post(KEY, "{" + TEAM_TERMS + """
        , "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00",
          "activities": [{"at": "2026-11-23T11:30:00+01:00", "kind": "PRIORITY_CHANGED", "priority": "P1"}]}""");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"change\":\"RETIMED\",\"at\":\"2026-11-23T10:30:00Z\"")
        .contains("\"change\":\"BREACHED\",\"at\":\"2026-11-23T10:30:00Z\"");
  }

  @Test
  void withoutAKeyTheAnswerIs401ProblemJson() throws Exception {
    HttpResponse<String> response = post(null, "{}");

    assertProblem(response, 401);
  }

  @Test
  void aCustomerKeyMayNotUseTheSlaApi() throws Exception {
    HttpResponse<String> response = post(CUSTOMER_KEY, "{}");

    assertProblem(response, 403);
  }

  @Test
  void anUnknownFieldIsRefusedAndNamed() throws Exception {
    HttpResponse<String> response = post(KEY, "{" + TEAM_TERMS + """
        , "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00", "activities": [], "$where": "1"}""");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"$where\"").contains("is not a field of this document");
  }

  @Test
  void invalidTermsAreListedFieldByField() throws Exception {
    HttpResponse<String> response = post(KEY, """
        {"terms": {"calendar": {"zone": "Mars/Olympus", "weeklyHours": [{"days": ["MONDAY"], "from": "08:00", "to": "17:00"}]},
                   "targets": [{"priority": "P9", "metric": "FIRST_RESPONSE", "amount": 0, "unit": "FORTNIGHTS"}]},
         "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00"}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"terms.targets[0].priority\"")
        .contains("\"field\":\"terms.targets[0].amount\"")
        .contains("\"field\":\"terms.targets[0].unit\"");
  }

  @Test
  void anUnknownZoneIsAFieldError() throws Exception {
    HttpResponse<String> response = post(KEY, "{" + TEAM_TERMS.replace("Europe/Amsterdam", "Mars/Olympus")
        + ", \"priority\": \"P2\", \"receivedAt\": \"2026-11-23T09:00:00+01:00\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"terms.calendar.zone\"").contains("not an IANA time zone");
  }

  @Test
  void aTimelineBeforeTheReceiptIsUnprocessable() throws Exception {
    HttpResponse<String> response = post(KEY, "{" + TEAM_TERMS + """
        , "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00",
          "activities": [{"at": "2026-11-23T08:00:00+01:00", "kind": "AGENT_RESPONDED"}]}""");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("precedes the receipt");
  }

  @Test
  void aPresetAndTierGiveTheTermsOnThePresetsCalendarWithItsPublicHolidays() throws Exception {
    // Team P1 (2 business hours) received on Christmas Eve 16:00: one hour that day, Christmas and
    // Boxing Day are Dutch public holidays, then the weekend: due Monday 28 December 09:00.
    String request = """
        {"preset": "tiered-business-hours", "tier": "Team",
         "priority": "P1", "receivedAt": "2026-12-24T16:00:00+01:00"%s}""";
    HttpResponse<String> running = post(KEY, request.formatted(""));
    HttpResponse<String> answered = post(KEY, request.formatted(
        ", \"activities\": [{\"at\": \"2026-12-28T08:30:00+01:00\", \"kind\": \"AGENT_RESPONDED\"}]"));

    assertThat(running.statusCode()).as(running.body()).isEqualTo(200);
    assertThat(running.body())
        .contains("\"target\":{\"priority\":\"P1\",\"metric\":\"FIRST_RESPONSE\",\"amount\":2,\"unit\":\"BUSINESS_HOURS\"}")
        .contains("\"deadline\":\"2026-12-28T08:00:00Z\"");
    assertThat(answered.body()).contains("\"state\":\"MET\"").contains("\"margin\":\"PT30M\"");
  }

  @Test
  void aContractOfAPolicyDocumentGivesTheTermsAsYamlTextOrAsAJsonObject() throws Exception {
    // The document's own holiday (Tuesday 24 November) and its Team plan: P1 received Monday 16:00
    // has one business hour that day and is due Wednesday 09:00.
    String yaml = """
        tenant: {tenantId: acme, name: ACME Support, zone: Europe/Amsterdam}
        calendars:
          - {calendarId: cet-9x5, zone: Europe/Amsterdam, publicHolidays: {country: nl}, holidays: [2026-11-24],
             weeklyHours: [{days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "08:00", to: "17:00"}]}
        customers:
          - {customerId: contoso, name: Contoso, emailDomains: [contoso.example]}
        contracts:
          - {contractId: contoso-team, customerId: contoso, startsOn: 2026-01-01, endsOn: 2026-12-31,
             plan: {planName: tiered-business-hours, tier: Team, calendarId: cet-9x5, channels: [{channel: PORTAL}],
                    targets: [{priority: P1, metric: FIRST_RESPONSE, amount: 2, unit: BUSINESS_HOURS}]}}
          - {contractId: contoso-old, customerId: contoso, startsOn: 2025-01-01, endsOn: 2025-12-31,
             plan: {planName: infra-24x7, calendarId: cet-9x5,
                    targets: [{priority: P1, metric: FIRST_RESPONSE, amount: 15, unit: CLOCK_MINUTES}]}}
        """;
    String json = """
        {"calendars": [{"calendarId": "cet-9x5", "zone": "Europe/Amsterdam", "holidays": ["2026-11-24"],
                        "weeklyHours": [{"days": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"], "from": "08:00", "to": "17:00"}]}],
         "contracts": [{"contractId": "contoso-team", "customerId": "contoso",
                        "plan": {"planName": "tiered-business-hours", "tier": "Team", "calendarId": "cet-9x5",
                                 "targets": [{"priority": "P1", "metric": "FIRST_RESPONSE", "amount": 2, "unit": "BUSINESS_HOURS"}]}}]}""";
    String timeline = ", \"priority\": \"P1\", \"receivedAt\": \"2026-11-23T16:00:00+01:00\"}";

    HttpResponse<String> fromYaml = post(KEY, "{\"policy\": " + quoted(yaml) + ", \"contractId\": \"contoso-team\"" + timeline);
    HttpResponse<String> fromJson = post(KEY, "{\"policy\": " + json + timeline);

    assertThat(fromYaml.statusCode()).as(fromYaml.body()).isEqualTo(200);
    assertThat(fromYaml.body()).contains("\"deadline\":\"2026-11-25T08:00:00Z\"")
        .contains("\"amount\":2,\"unit\":\"BUSINESS_HOURS\"");
    assertThat(fromJson.statusCode()).as(fromJson.body()).isEqualTo(200);
    assertThat(fromJson.body()).contains("\"deadline\":\"2026-11-25T08:00:00Z\"");
  }

  @Test
  void anUnknownPresetTierOrContractIsAProblemThatSaysWhatThereIs() throws Exception {
    String timeline = ", \"priority\": \"P1\", \"receivedAt\": \"2026-11-23T16:00:00+01:00\"}";
    HttpResponse<String> preset = post(KEY, "{\"preset\": \"gold-support\"" + timeline);
    HttpResponse<String> tier = post(KEY, "{\"preset\": \"tiered-business-hours\", \"tier\": \"Gold\"" + timeline);
    HttpResponse<String> contract = post(KEY, "{\"policy\": {\"contracts\": [{\"contractId\": \"contoso-team\"}]},"
        + " \"contractId\": \"fabrikam-free\"" + timeline);

    for (HttpResponse<String> response : List.of(preset, tier, contract)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(preset.body()).contains("\"detail\":\"No preset 'gold-support'; the presets are "
        + "[annual-maintenance, infra-24x7, maintenance-plans, tiered-business-hours, carrier-grade].\"")
        .contains("\"field\":\"preset\"");
    assertThat(tier.body()).contains("\"detail\":\"Preset tiered-business-hours has no tier 'Gold'; "
        + "its tiers are [Free, Team, Enterprise].\"");
    assertThat(contract.body()).contains("\"detail\":\"The policy document has no contract 'fabrikam-free'; "
        + "its contracts are [contoso-team].\"");
  }

  @Test
  void termsGivenTwoWaysOrNoneAreRefused() throws Exception {
    HttpResponse<String> both = post(KEY, "{" + TEAM_TERMS + """
        , "preset": "infra-24x7", "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00"}""");
    HttpResponse<String> none = post(KEY, """
        {"priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00"}""");

    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(both.body()).contains("\"field\":\"terms\"").contains("not several");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("Give the terms one way: inline terms, a preset with its tier, "
        + "or a policy document with a contractId.");
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    HttpResponse<String> response = post(KEY, "{\"policy\": \"" + "#".repeat(70_000) + "\"" + """
        , "priority": "P2", "receivedAt": "2026-11-23T09:00:00+01:00"}""");

    assertProblem(response, 413);
  }

  @Test
  void theApiDescriptionIsPublicAndCarriesTheExample() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/sla/preview").contains("X-API-Key")
        .contains("Team P2 on hold over a night")
        .contains("Team P1 by preset and tier, received on Christmas Eve")
        .contains("A contract of a policy document in YAML");
  }

  /** A JSON string holding the text. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private HttpResponse<String> post(String key, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sla/preview"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
  }
}
