package io.supportflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.infra.bench.ChaosRun;
import io.supportflow.infra.bench.Fault;
import io.supportflow.infra.bench.OutsideCheck;
import io.supportflow.infra.bench.PoisonRecord;
import io.supportflow.infra.bench.StackProcesses;
import io.supportflow.infra.local.ApiKeyDigests;
import io.supportflow.infra.stack.PlatformService;
import io.supportflow.infra.stack.RepoRoot;
import io.supportflow.infra.stack.RestartBackoff;
import io.supportflow.infra.stack.ServiceFleet;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.Chromium;
import io.supportflow.infra.testing.TopicProbe;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as it runs for real: six service processes over a KRaft broker, Apicurio,
 * the Mongo wire server and GreenMail. Requests go in over HTTP as a portal user and a mail would
 * send them; what comes out is read where people read it: the events on Kafka (decoded via the
 * registry) and each person's IMAP mailbox.
 */
class PipelineEndToEndTest {

  private static final TestStack STACK = TestStack.shared();
  private static final String API_KEY = "e2e-" + java.util.UUID.randomUUID();
  private static final String AGENT_KEY = "e2e-agent-" + java.util.UUID.randomUUID();
  private static final String TENANT = "acme";
  private static final String SUPPORT_ADDRESS = "support@acme-support.example";
  private static final String SUPPORT_TEAM = "support-team@acme-support.example";
  private static final String REPORTER = "ops@northwind.example";
  private static final String NOC = "noc@globaltel.example";
  private static final String TSM = "tess.lead@acme.example";
  private static final String CRM = "carl.relations@acme.example";
  private static final String CTO = "cto@acme.example";
  /** The reporters of the major incident's three cases: an alert's (its reporter_email) and two mails'. */
  private static final String MONITORING_DESK = "monitoring@northwind.example";
  private static final String ANN = "ann.able@northwind.example";
  private static final String BOB = "bob.baker@northwind.example";
  private static final String MAILBOX_PASSWORD = "e2e-mailbox-secret";
  private static final String PHONE_SECRET = "e2e-phone-" + java.util.UUID.randomUUID();
  private static final Duration PIPELINE = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ServiceFleet fleet;
  private static int intakePort;
  private static int contractsPort;
  private static int consolePort;
  private static List<PlatformService> services;

  @BeforeAll
  static void platformUp() throws Exception {
    for (String person : List.of(REPORTER, NOC, TSM, CRM, CTO, SUPPORT_TEAM, MONITORING_DESK, ANN, BOB)) {
      STACK.mail().setUser(person, person, MAILBOX_PASSWORD);
    }
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP", STACK.kafkaBootstrapServers());
    env.put("SCHEMA_REGISTRY_URL", STACK.schemaRegistryUrl());
    env.put("MONGODB_URI", STACK.mongoUri());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(STACK.smtpPort()));
    env.put("MAIL_FROM", SUPPORT_ADDRESS);
    env.put("MAIL_SUPPORT_TEAM", SUPPORT_TEAM);
    env.put("SUPPORTFLOW_DEMO_ENABLED", "true");
    env.put("SUPPORTFLOW_DEMO_TENANT", TENANT);
    env.put("SUPPORTFLOW_DEMO_API_KEY", API_KEY);
    env.put("SUPPORTFLOW_DEMO_AGENT_KEY", AGENT_KEY);
    // contracts (admin API), sla and escalation know keys as digests only.
    env.put("SUPPORTFLOW_API_KEY_DIGESTS", String.join(",", ApiKeyDigests.entry(TENANT, "admin", API_KEY),
        ApiKeyDigests.entry(TENANT, "integration", API_KEY), ApiKeyDigests.entry(TENANT, "agent", AGENT_KEY)));
    env.put("SUPPORTFLOW_DEMO_SUPPORT_ADDRESS", SUPPORT_ADDRESS);
    env.put("SUPPORTFLOW_DEMO_PHONE_SECRET", PHONE_SECRET);
    services = new ArrayList<>();
    for (PlatformService service : PlatformService.ALL) {
      services.add(service.withPorts(freePort(), freePort())); // beside a local stack a developer may be running
    }
    intakePort = port(services, "intake-service");
    contractsPort = port(services, "contracts-service");
    consolePort = port(services, "console-service");
    // The console signs agents in by asking intake who their key is, and forwards their actions there.
    env.put("INTAKE_URL", "http://127.0.0.1:" + intakePort);
    Path root = RepoRoot.find();
    ServiceFleet.requireJars(root);
    fleet = new ServiceFleet(root, root.resolve("e2e/target/logs"), env, services);
    fleet.startAll(child -> { });
    // As in the local stack and in Kubernetes: a service that dies is started again.
    fleet.superviseAll(RestartBackoff::localStack, System.out::println, java.time.Clock.systemUTC());
  }

  @AfterAll
  static void platformDown() {
    if (fleet != null) {
      fleet.close();
    }
  }

  /**
   * {@code bin/chaos} at a tiny scale: requests retried under their Idempotency-Key while
   * contracts-service (on the acknowledgement's path) is killed with SIGKILL; its supervisor starts it
   * again and, read from outside, every accepted request has one decision, one acknowledgement event,
   * one acknowledgement mail and its clock.
   */
  @Test
  void aServiceKilledUnderLoadLosesNothingAndDoublesNothing() throws Exception {
    Fault.Victims contractsOnly = victims(() -> fleet.children().stream()
        .filter(c -> c.name().equals("contracts-service") && c.isAlive())
        .map(c -> new StackProcesses.Named(c.name(), c.process().toHandle())).toList());
    ChaosRun.Settings settings = new ChaosRun.Settings(URI.create("http://localhost:" + intakePort), API_KEY, 4,
        Duration.ofSeconds(8), PIPELINE, Duration.ofMinutes(2), new OutsideCheck.Sources(
            STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), STACK.imapPort(), REPORTER, MAILBOX_PASSWORD));

    ChaosRun.Report report = ChaosRun.run(settings, new Fault.KillServices(Duration.ofSeconds(3), 7), contractsOnly,
        System.out);

    assertThat(report.faults()).as("contracts-service was killed").isNotEmpty()
        .allMatch(f -> f.what().equals("killed contracts-service"));
    assertThat(report.accepted()).isEqualTo(report.offered());
    assertThat(report.acked()).isEqualTo(report.accepted());
    assertThat(report.lost()).isEmpty();
    assertThat(report.duplicateAckEvents()).isZero();
    assertThat(report.duplicateAckMails()).isZero();
    assertThat(report.clean()).isTrue();
  }

  /**
   * {@code bin/chaos --scenario poison} at a tiny scale: unreadable records on intake.requests and
   * decisions sla-service fails on every attempt (a time zone that does not exist) on
   * contracts.entitlements, among the load's own requests, each reach their service's DLQ with the
   * reason, and every request on those partitions is still decided, clocked and acknowledged.
   */
  @Test
  void poisonRecordsAreDeadLetteredWhileTheCasesBesideThemFlow() throws Exception {
    // Ten seconds of load: a poison record every second, the kinds in turn, and the producer's own
    // start (registering the poison's schema) takes a second or two of it.
    ChaosRun.Settings settings = new ChaosRun.Settings(URI.create("http://localhost:" + intakePort), API_KEY, 4,
        Duration.ofSeconds(10), PIPELINE, Duration.ofMinutes(2), new OutsideCheck.Sources(
            STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), STACK.imapPort(), REPORTER, MAILBOX_PASSWORD));
    PoisonRecord unreadable = new PoisonRecord.Unreadable("intake.requests", "contracts.dlq");
    PoisonRecord failsEveryRetry = new PoisonRecord.FailsEveryRetry(STACK.schemaRegistryUrl());
    Fault poison = new Fault.Poison(STACK.kafkaBootstrapServers(), List.of(unreadable, failsEveryRetry),
        Duration.ofSeconds(1));

    ChaosRun.Report report = ChaosRun.run(settings, poison, nobody(), System.out);

    assertThat(report.faults()).as("poison records of both kinds produced")
        .filteredOn(f -> f.what().equals(unreadable.toString())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(report.faults()).filteredOn(f -> f.what().equals(failsEveryRetry.toString()))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(f -> assertThat(f.outcome()).as("the reason on sla.dlq").contains(PoisonRecord.FailsEveryRetry.ZONE));
    assertThat(report.poisonNotDeadLettered()).isZero();
    assertThat(report.lost()).isEmpty();
    assertThat(report.clean()).isTrue();
  }

  private static Fault.Victims nobody() {
    return victims(List::of);
  }

  /** Victims among the fleet's services only: the suite's servers (broker, registry, Mongo, mail) are shared by all tests. */
  private static Fault.Victims victims(java.util.function.Supplier<List<StackProcesses.Named>> services) {
    return new Fault.Victims() {
      @Override
      public List<StackProcesses.Named> services() {
        return services.get();
      }

      @Override
      public java.util.Optional<ProcessHandle> server(Fault.Server which) {
        return java.util.Optional.empty();
      }
    };
  }

  @Test
  void aPortalRequestIsAcknowledgedByMailWithItsCaseNumberAndEveryEventDecodes() throws Exception {
    try (TopicProbe requests = probe("intake.requests");
        TopicProbe decisions = probe("contracts.entitlements");
        TopicProbe clocks = probe("sla.events");
        TopicProbe escalations = probe("escalation.events");
        TopicProbe notifications = probe("notification.events")) {

      HttpResponse<String> response =
          portalRequest("Checkout is down", "All web shops return HTTP 500 since 09:12.", "P1");

      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", response.body());
      String caseId = group("\"caseId\":\"([0-9a-f-]{36})\"", response.body());

      RequestReceived received = requests.await(RequestReceived.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();
      EntitlementDecided decided = decisions.await(EntitlementDecided.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();
      SlaClockChanged started = clocks.await(SlaClockChanged.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();
      NotificationAttempted sent = notifications.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId) && e.getKind() == NotificationKind.ACKNOWLEDGEMENT, 1, PIPELINE).getFirst();
      // The demo contract names the carrier-grade matrix: a P1 tells the Technical Support Manager at once.
      EscalationRaised firstLevel = escalations.await(EscalationRaised.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();

      // One trace for the case: the W3C traceparent of the HTTP request rides on what each of the
      // five services publishes for it.
      Map<String, String> traceIds = new java.util.LinkedHashMap<>();
      traceIds.put("intake", traceId(requests, caseId));
      traceIds.put("contracts", traceId(decisions, caseId));
      traceIds.put("sla", traceId(clocks, caseId));
      traceIds.put("escalation", traceId(escalations, caseId));
      traceIds.put("notification", traceId(notifications, caseId));
      assertThat(traceIds.get("intake")).as("traceparent on %s", traceIds).matches("[0-9a-f]{32}");
      assertThat(java.util.Set.copyOf(traceIds.values())).as("trace ids per service: %s", traceIds).hasSize(1);

      assertThat(received.getCaseNumber()).isEqualTo(caseNumber);
      assertThat(decided.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(decided.getTerms().getPlanName()).isEqualTo("infra-24x7");
      assertThat(started.getChange()).isEqualTo(SlaClockChange.STARTED);
      assertThat(started.getDeadline())
          .isEqualTo(received.getReceivedAt().plus(15, ChronoUnit.MINUTES));
      assertThat(sent.getOutcome()).isEqualTo(NotificationOutcome.SENT);
      assertThat(sent.getRecipient()).isEqualTo(REPORTER);
      assertThat(firstLevel.getLevel()).isEqualTo(1);
      assertThat(firstLevel.getRole()).isEqualTo("Technical Support Manager");
      assertThat(firstLevel.getPriority()).isEqualTo(io.supportflow.events.Priority.P1);

      Mailbox.Mail acknowledgement = awaitMails(REPORTER, caseNumber,
          m -> m.subject().contains("We have received your request"), 1).getFirst();
      assertThat(acknowledgement.subject())
          .isEqualTo("[" + caseNumber + "] We have received your request: Checkout is down");
      assertThat(acknowledgement.to()).isEqualTo(REPORTER);
      assertThat(acknowledgement.text()).contains(caseNumber).contains("P1");

      // The console joins what the five services said of the case into one view, for the agent's key.
      HttpRequest.Builder view = HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + port(services, "console-service") + "/api/v1/case-views/" + caseNumber)).header("X-API-Key", AGENT_KEY);
      await().atMost(PIPELINE).untilAsserted(() -> assertThat(send(view).body())
          .contains("\"planName\":\"infra-24x7\"", "\"customerId\":\"northwind\"", "\"FIRST_RESPONSE\"",
              "\"ACKNOWLEDGEMENT\"", "\"Technical Support Manager\""));
    }
  }

  /**
   * Issue 16, the decision that follows the case: a call on Litware's Enterprise contract (phone for
   * SEV1 only) opens at P3 and is refused; the operator raises it to SEV1 through the agent API, and
   * contracts-service re-decides it as version 2, ENTITLED, caused by the priority change.
   */
  @Test
  void aPhoneCaseRefusedAtP3IsEntitledOnceTheOperatorRaisesItToSev1AndAContractChangeRetimesIt() throws Exception {
    try (TopicProbe decisions = probe("contracts.entitlements"); TopicProbe clocks = probe("sla.events");
        TopicProbe notifications = probe("notification.events")) {
      String callId = "e2e-call-" + java.util.UUID.randomUUID();
      HttpResponse<String> call = send(phone("/calls", """
          {"callId":"%s","caller":{"name":"Lena Admin","phone":"+31205550199"},
           "summary":"Checkout fails","description":"Caller reports checkout errors for all users."}"""
          .formatted(callId)));
      assertThat(call.statusCode()).as(call.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", call.body());
      String caseId = group("\"caseId\":\"([0-9a-f-]{36})\"", call.body());
      EntitlementDecided refused = decisions.await(EntitlementDecided.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();
      assertThat(refused.getOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(refused.getReasonCode()).isEqualTo("CHANNEL_NOT_IN_PLAN");
      assertThat(refused.getReason()).contains("phone support for P3 requests");
      assertThat(refused.getVersion()).isEqualTo(1);

      HttpResponse<String> raised = send(agent(caseNumber, "priority",
          "{\"priority\":\"SEV1\",\"customerConsent\":true,\"reason\":\"Checkout is down for every user\"}"));
      assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);

      EntitlementDecided entitled = decisions.await(EntitlementDecided.class,
          e -> e.getCaseId().equals(caseId) && e.getVersion() == 2, 1, PIPELINE).getFirst();
      assertThat(entitled.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(entitled.getReasonCode()).isEqualTo("CONTRACT_ACTIVE");
      assertThat(entitled.getTrigger()).isEqualTo("PRIORITY_CHANGED");
      assertThat(entitled.getPreviousOutcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(entitled.getPriority()).isEqualTo(io.supportflow.events.Priority.P1);
      assertThat(entitled.getTerms().getPlanName()).isEqualTo("tiered-business-hours");
      assertThat(entitled.getEffectiveFrom()).isAfterOrEqualTo(refused.getReceivedAt());

      // sla starts the first-response clock from the re-decision, and the reporter is told (or,
      // without an address, it is recorded that they could not be mailed).
      SlaClockChanged started = clocks.await(SlaClockChanged.class, c -> c.getCaseId().equals(caseId)
          && c.getChange() == SlaClockChange.STARTED, 1, PIPELINE).getFirst();
      assertThat(started.getOccurredAt()).isAfterOrEqualTo(refused.getReceivedAt());
      NotificationAttempted told = notifications.await(NotificationAttempted.class, n -> n.getCaseId().equals(caseId)
          && n.getNotificationId().endsWith(":v2"), 1, PIPELINE).getFirst();
      assertThat(told.getKind()).isEqualTo(NotificationKind.ACKNOWLEDGEMENT);
      assertThat(told.getOutcome() == NotificationOutcome.SENT || told.getFailureReason() != null)
          .as("sent, or failed with its reason: %s", told).isTrue();

      // The admin gives Litware's contract four business hours for P1 instead of one and the
      // carrier-grade escalation matrix (the Enterprise tier promises none): the open case is
      // re-decided under the new terms, its running clock re-timed, not restarted, and its walk planned.
      String contract = "/contracts/litware-enterprise";
      String original = adminRead(contract);
      String oneHour = "{\"priority\":\"P1\",\"metric\":\"FIRST_RESPONSE\",\"amount\":1,\"unit\":\"BUSINESS_HOURS\"}";
      String plan = "\"planName\":\"tiered-business-hours\",";
      assertThat(original).contains(oneHour).contains(plan).doesNotContain("carrier-grade");
      try {
        admin("PUT", contract, original.replace(oneHour, oneHour.replace("\"amount\":1", "\"amount\":4"))
            .replace("\"escalationMatrixId\":null,", "")
            .replace(plan, plan + "\"escalationMatrixId\":\"carrier-grade\","));
        EntitlementDecided changed = decisions.await(EntitlementDecided.class,
            e -> e.getCaseId().equals(caseId) && e.getVersion() == 3, 1, PIPELINE).getFirst();
        assertThat(changed.getTrigger()).isEqualTo("CONTRACT_CHANGED");
        assertThat(changed.getOutcome()).isEqualTo(EntitlementOutcome.ENTITLED);
        SlaClockChanged retimed = clocks.await(SlaClockChanged.class, c -> c.getCaseId().equals(caseId)
            && c.getChange() == SlaClockChange.RETIMED, 1, PIPELINE).getFirst();
        assertThat(retimed.getDeadline()).isAfter(started.getDeadline());
        await("the walk of " + caseNumber).atMost(PIPELINE).until(() -> send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(services, "escalation-service")
                + "/api/v1/cases/" + caseId + "/escalations")).header("X-API-Key", AGENT_KEY)).statusCode() == 200);
      } finally {
        admin("PUT", contract, original);
      }
    }
  }

  /** A section entry of the demo tenant's policy, as JSON. */
  private static String adminRead(String path) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + contractsPort + "/api/v1/admin/tenants/" + TENANT + path))
        .header("X-API-Key", API_KEY).header("Accept", "application/json").GET());
    assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  /** A signed webhook of the demo tenant's phone system (X-SupportFlow-Signature over timestamp + body). */
  private static HttpRequest.Builder phone(String path, String json) throws Exception {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(
        PHONE_SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
    String signature = "sha256=" + java.util.HexFormat.of().formatHex(
        mac.doFinal((timestamp + "." + json).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + intakePort + "/api/v1/phone/" + TENANT + path))
        .header("Content-Type", "application/json")
        .header("X-SupportFlow-Timestamp", timestamp)
        .header("X-SupportFlow-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  /**
   * Case numbers are sequential, so anyone can name one in a subject. A stranger's "reply" from the
   * reporter's own domain never reaches the case (no activity, nothing on its thread): it becomes a
   * case of its own, which the stranger is told of by its acknowledgement.
   */
  @Test
  void aStrangersReplyNamingACaseNeverReachesThatCase() throws Exception {
    try (TopicProbe requests = probe("intake.requests"); TopicProbe activities = probe("intake.case-activity")) {
      HttpResponse<String> response = send(intake("/api/v1/requests", API_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},
               "subject":"Invoices are wrong","description":"Every invoice since Monday has the wrong VAT."}""")));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", response.body());
      String caseId = group("\"caseId\":\"([0-9a-f-]{36})\"", response.body());
      String strangerId = "<stranger-" + java.util.UUID.randomUUID() + "@northwind.example>";

      HttpResponse<String> stranger = send(intake("/api/v1/inbound-mail", API_KEY)
          .header("Content-Type", "message/rfc822")
          .POST(HttpRequest.BodyPublishers.ofString("""
              From: Not Olivia <olivia.ops@northwind.example>\r
              To: support@acme-support.example\r
              Subject: Re: [%s] Invoices are wrong\r
              Message-ID: %s\r
              Content-Type: text/plain; charset=UTF-8\r
              \r
              Please close this case, all is fine.\r
              """.formatted(caseNumber, strangerId))));

      assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(201);
      assertThat(stranger.body()).contains("\"outcome\":\"OPENED\"").doesNotContain(caseNumber + "\"");
      RequestReceived own = requests.await(RequestReceived.class,
          e -> strangerId.equals(e.getCorrelationKey()), 1, PIPELINE).getFirst();
      assertThat(own.getCaseId()).isNotEqualTo(caseId);
      assertThat(own.getDescription()).startsWith("Sent as a reply to " + caseNumber);
      // The case's own thread, as an agent reads it, holds nothing from the stranger.
      HttpResponse<String> view = send(intake("/api/v1/cases/" + caseNumber, AGENT_KEY).GET());
      assertThat(view.statusCode()).isEqualTo(200);
      assertThat(view.body()).contains("\"thread\":[]").doesNotContain("all is fine");
      // The case's first activity on the stream is the agent's, not the stranger's (one partition per case).
      assertThat(send(agent(caseNumber, "responses", "{\"message\":\"Looking into the VAT.\"}")).statusCode())
          .isEqualTo(201);
      assertThat(activities.await(CaseActivityRecorded.class, e -> e.getCaseId().equals(caseId), 1, PIPELINE))
          .extracting(CaseActivityRecorded::getActivity).containsExactly(CaseActivity.AGENT_RESPONDED);
    }
  }

  /**
   * Issue 6's acceptance run, with the tenant's cadences cut from hours to minutes so it takes
   * three minutes of wall-clock time: status mail every minute, the P1 levels at 0, 1 and 3 minutes.
   * The case is resolved between the second level and the third: the third never comes, the status
   * mails stop, and every mailbox holds exactly its mails.
   */
  @Test
  void aCarrierGradeP1IsAcknowledgedUpdatedEscalatedAndResolvedAndEachMailboxHoldsExactlyItsMails() throws Exception {
    shortenTheTenantsCadences();
    admin("POST", "/customers", """
        {"customerId":"globaltel","name":"Globaltel","emailDomains":["globaltel.example"],
         "contacts":[{"name":"Nora Noc","email":"noc@globaltel.example","role":"ADMINISTRATOR","language":"en"}],
         "language":"en"}""");
    admin("POST", "/contracts", """
        {"contractId":"globaltel-carrier","customerId":"globaltel","startsOn":"%s","endsOn":"%s",
         "plan":{"planName":"placeholder","calendarId":"business-days","channels":[{"channel":"EMAIL"}]}}"""
        .formatted(LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1)));
    admin("POST", "/contracts/globaltel-carrier/preset", "{\"preset\":\"carrier-grade\"}");

    try (TopicProbe requests = probe("intake.requests");
        TopicProbe decisions = probe("contracts.entitlements");
        TopicProbe activities = probe("intake.case-activity");
        TopicProbe escalations = probe("escalation.events");
        TopicProbe notifications = probe("notification.events")) {

      HttpResponse<String> opened = send(intake("/api/v1/inbound-mail", API_KEY)
          .header("Content-Type", "message/rfc822")
          .POST(HttpRequest.BodyPublishers.ofString("""
              From: Nora Noc <noc@globaltel.example>\r
              To: support@acme-support.example\r
              Subject: [P1] Core switch down in Rotterdam\r
              Message-ID: <core-switch-%s@globaltel.example>\r
              Content-Type: text/plain; charset=UTF-8\r
              \r
              No traffic passes the Rotterdam core since 10:02. Production is down.\r
              """.formatted(java.util.UUID.randomUUID()))));
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", opened.body());

      RequestReceived received = requests.await(RequestReceived.class,
          e -> e.getCaseNumber().equals(caseNumber), 1, PIPELINE).getFirst();
      String caseId = received.getCaseId();
      Instant t0 = received.getReceivedAt();
      EntitlementDecided decided = decisions.await(EntitlementDecided.class,
          e -> e.getCaseId().equals(caseId), 1, PIPELINE).getFirst();
      assertThat(decided.getOutcome()).as(decided.getReason()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(decided.getTerms().getPlanName()).isEqualTo("carrier-grade");

      assertThat(send(agent(caseNumber, "responses", """
          {"message":"We are on it: the Rotterdam core is being failed over.","visibleToCustomer":true}"""))
          .statusCode()).isBetween(200, 202);

      // Two levels at their offsets, two status mails at theirs; then the agent resolves the case.
      List<EscalationRaised> levels = escalations.await(EscalationRaised.class,
          e -> e.getCaseId().equals(caseId), 2, Duration.ofMinutes(3));
      assertThat(levels).extracting(EscalationRaised::getRole)
          .containsExactly("Technical Support Manager", "Customer Relations Manager");
      assertThat(levels).extracting(EscalationRaised::getOccurredAt).containsExactly(t0, t0.plus(Duration.ofMinutes(1)));
      notifications.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId) && e.getKind() == NotificationKind.STATUS_UPDATE, 2, Duration.ofMinutes(3));
      // Timers fire inside the trace of what set them: the second level and the status mails (all fired
      // by timers) continue the request's trace or the agent's response's, never a trace of their own.
      java.util.Set<String> caseTraces = new java.util.HashSet<>(traceIds(requests, caseId));
      caseTraces.addAll(traceIds(activities, caseId));
      assertThat(traceIds(escalations, caseId)).as("escalations of %s", caseTraces).isSubsetOf(caseTraces);
      assertThat(traceIds(notifications, caseId)).as("mails of %s", caseTraces).isSubsetOf(caseTraces);
      assertThat(send(agent(caseNumber, "resolve", "{\"reason\":\"Failed over to the standby core.\"}"))
          .statusCode()).isBetween(200, 202);
      Instant resolvedAt = activities.await(CaseActivityRecorded.class,
          e -> e.getCaseId().equals(caseId) && e.getActivity() == CaseActivity.RESOLVED, 1, PIPELINE)
          .getFirst().getOccurredAt();
      assertThat(resolvedAt).as("resolved before the third status mail was due")
          .isBefore(t0.plus(Duration.ofMinutes(3)));
      awaitMails(NOC, caseNumber, m -> m.subject().contains("resolved"), 1);

      // Past the CTO's offset and the third status mail's due time, nothing more arrives.
      // On a slow machine the resolution mail may come late: watch at least a few seconds regardless.
      Duration untilPastThem = Duration.between(Instant.now(), t0.plus(Duration.ofMinutes(3)).plusSeconds(20));
      Duration quiet = untilPastThem.compareTo(Duration.ofSeconds(5)) > 0 ? untilPastThem : Duration.ofSeconds(5);
      await("no mail for " + caseNumber + " after its resolution")
          .during(quiet).atMost(quiet.plusSeconds(30)).pollInterval(Duration.ofSeconds(2))
          .until(() -> new Mailbox(STACK.imapPort(), NOC, MAILBOX_PASSWORD).mailsOf(caseNumber).size() == 4
              && new Mailbox(STACK.imapPort(), CTO, MAILBOX_PASSWORD).mailsOf(caseNumber).isEmpty());

      List<Mailbox.Mail> reporter = new Mailbox(STACK.imapPort(), NOC, MAILBOX_PASSWORD).mailsOf(caseNumber);
      assertThat(reporter).extracting(m -> kindOf(m.subject()))
          .containsExactlyInAnyOrder("acknowledgement", "status", "status", "resolution");
      assertThat(reporter).allSatisfy(m -> assertThat(m.to()).isEqualTo(NOC));
      assertThat(reporter).filteredOn(m -> kindOf(m.subject()).equals("status"))
          .allSatisfy(m -> assertThat(m.text()).contains("We are on it"));
      assertThat(reporter).filteredOn(m -> !kindOf(m.subject()).equals("acknowledgement"))
          .allSatisfy(m -> assertThat(m.inReplyTo()).isNotBlank());
      assertThat(reporter).extracting(Mailbox.Mail::messageId).doesNotHaveDuplicates();

      assertThat(new Mailbox(STACK.imapPort(), TSM, MAILBOX_PASSWORD).mailsOf(caseNumber)).singleElement()
          .satisfies(m -> assertThat(m.text()).contains("Technical Support Manager"));
      assertThat(new Mailbox(STACK.imapPort(), CRM, MAILBOX_PASSWORD).mailsOf(caseNumber)).singleElement()
          .satisfies(m -> assertThat(m.text()).contains("Customer Relations Manager"));
      assertThat(new Mailbox(STACK.imapPort(), CTO, MAILBOX_PASSWORD).mailsOf(caseNumber)).isEmpty();
      assertThat(new Mailbox(STACK.imapPort(), SUPPORT_TEAM, MAILBOX_PASSWORD).mailsOf(caseNumber))
          .as("no SLA warning: the first response came within the hour").isEmpty();
      assertThat(notifications.await(NotificationAttempted.class, e -> e.getCaseId().equals(caseId), 6, PIPELINE))
          .allSatisfy(n -> assertThat(n.getOutcome()).isEqualTo(NotificationOutcome.SENT));
    }
  }

  /**
   * Issue 19's major incident: an alert's case and two mail cases of one outage are linked to one
   * incident by an agent; its one update reaches all three reporters by mail (read over IMAP), one
   * mail each, threaded in their own case; resolving the incident resolves all three cases at one
   * instant, each with its own RESOLVED (so each keeps its own SLA record) and its own resolution mail.
   */
  @Test
  void aMajorIncidentLinksAnAlertCaseAndTwoMailCasesBroadcastsOneUpdateToAllThreeAndResolvesThem() throws Exception {
    try (TopicProbe incidents = probe("intake.incidents");
        TopicProbe activities = probe("intake.case-activity");
        TopicProbe notifications = probe("notification.events")) {
      String fingerprint = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      HttpResponse<String> alerted = send(intake("/api/v1/alerts", API_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"version":"4","status":"firing","receiver":"supportflow","commonLabels":{"customer":"northwind"},
               "alerts":[{"status":"firing","labels":{"alertname":"CheckoutErrors","instance":"shop-eu-1","severity":"critical"},
                 "annotations":{"summary":"Checkout error rate above 20%%","reporter_email":"%s"},
                 "startsAt":"%s","endsAt":"0001-01-01T00:00:00Z","fingerprint":"%s"}]}"""
              .formatted(MONITORING_DESK, Instant.now(), fingerprint))));
      assertThat(alerted.statusCode()).as(alerted.body()).isEqualTo(200);
      String alertCase = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", alerted.body());
      String annCase = mailCase(ANN, "Ann Able", "Cannot pay in the shop");
      String bobCase = mailCase(BOB, "Bob Baker", "Checkout hangs after the card step");
      Map<String, String> reporters = Map.of(alertCase, MONITORING_DESK, annCase, ANN, bobCase, BOB);

      HttpResponse<String> opened = send(intake("/api/v1/agent/incidents", AGENT_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"title":"Checkout outage","caseNumbers":["%s"]}""".formatted(alertCase))));
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String incident = group("\"incidentId\":\"([0-9a-f-]{36})\"", opened.body());
      HttpResponse<String> linked = send(intake("/api/v1/agent/incidents/" + incident + "/cases", AGENT_KEY)
          .header("Content-Type", "application/json").header("If-Match", "\"1\"")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"caseNumbers":["%s","%s"]}""".formatted(annCase, bobCase))));
      assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);

      String update = "Our payment provider fails; we are switching to the standby provider. Next update within 30 minutes.";
      HttpResponse<String> posted = send(intake("/api/v1/agent/incidents/" + incident + "/updates", AGENT_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"message":"%s","status":"IDENTIFIED"}""".formatted(update))));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

      // The link and the broadcast are events: one LINKED and one UPDATE_POSTED per case, keyed by it.
      List<IncidentActivityRecorded> told = incidents.await(IncidentActivityRecorded.class,
          e -> e.getIncidentId().equals(incident), 6, PIPELINE);
      assertThat(told).filteredOn(e -> e.getActivity() == IncidentActivity.UPDATE_POSTED)
          .extracting(IncidentActivityRecorded::getCaseNumber).containsExactlyInAnyOrder(alertCase, annCase, bobCase);
      // One mail per reporter, in their own case's thread, saying what the agent posted.
      for (var reporter : reporters.entrySet()) {
        Mailbox.Mail mail = awaitMails(reporter.getValue(), reporter.getKey(),
            m -> m.subject().contains("Update on incident"), 1).getFirst();
        assertThat(mail.subject()).isEqualTo("[" + reporter.getKey() + "] Update on incident: Checkout outage");
        assertThat(mail.to()).isEqualTo(reporter.getValue());
        assertThat(mail.text()).contains(update).contains("IDENTIFIED");
        assertThat(mail.inReplyTo()).isNotBlank();
      }
      assertThat(notifications.await(NotificationAttempted.class, e -> e.getKind() == NotificationKind.INCIDENT_UPDATE
          && reporters.containsKey(e.getCaseNumber()), 3, PIPELINE))
          .allSatisfy(n -> assertThat(n.getOutcome()).isEqualTo(NotificationOutcome.SENT));
      consoleNamesTheIncident(alertCase, "Checkout outage (IDENTIFIED)");

      HttpResponse<String> resolved = send(intake("/api/v1/agent/incidents/" + incident + "/resolve", AGENT_KEY)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"message":"Payments run on the standby provider; checkout works again."}""")));
      assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
      Instant resolvedAt = Instant.parse(group("\"resolvedAt\":\"([^\"]+)\"", resolved.body()));

      List<CaseActivityRecorded> resolutions = activities.await(CaseActivityRecorded.class,
          e -> reporters.containsKey(e.getCaseNumber()) && e.getActivity() == CaseActivity.RESOLVED, 3, PIPELINE);
      assertThat(resolutions).extracting(CaseActivityRecorded::getCaseNumber)
          .containsExactlyInAnyOrder(alertCase, annCase, bobCase);
      assertThat(resolutions).allSatisfy(e -> assertThat(e.getOccurredAt()).isEqualTo(resolvedAt));
      for (var reporter : reporters.entrySet()) {
        awaitMails(reporter.getValue(), reporter.getKey(), m -> m.subject().contains("resolved"), 1);
        assertThat(send(intake("/api/v1/cases/" + reporter.getKey(), AGENT_KEY).GET()).body())
            .contains("\"status\":\"RESOLVED\"");
        assertThat(new Mailbox(STACK.imapPort(), reporter.getValue(), MAILBOX_PASSWORD).mailsOf(reporter.getKey()))
            .as("one update mail, however the events were delivered")
            .filteredOn(m -> m.subject().contains("Update on incident")).hasSize(1);
      }
    }
  }

  /** The console's case page (in Chromium, when there is one) names the incident the case is part of. */
  private static void consoleNamesTheIncident(String caseNumber, String incident) {
    Optional<Path> chromium = Chromium.locate();
    if (chromium.isEmpty()) {
      System.out.println("No Chromium: the console's case page is not checked for the incident");
      return;
    }
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(chromium.get()).setHeadless(true).setArgs(Chromium.ARGS))) {
      Page page = agentSignedIn(browser.newContext(new Browser.NewContextOptions()
          .setBaseURL("http://127.0.0.1:" + consolePort)));
      // The incident is kept beside the case's view, not in it: a reload shows what arrived.
      await("the case page of " + caseNumber + " names " + incident).atMost(PIPELINE).pollInterval(Duration.ofSeconds(1))
          .until(() -> {
            page.navigate("/cases/" + caseNumber);
            Locator named = page.locator("dd.incident");
            return named.count() == 1 && named.textContent().equals(incident);
          });
    }
  }

  /** A mail from the person to the desk opens a case; its number. */
  private static String mailCase(String from, String name, String subject) throws Exception {
    HttpResponse<String> response = send(intake("/api/v1/inbound-mail", API_KEY)
        .header("Content-Type", "message/rfc822")
        .POST(HttpRequest.BodyPublishers.ofString("""
            From: %s <%s>\r
            To: support@acme-support.example\r
            Subject: %s\r
            Message-ID: <incident-%s@northwind.example>\r
            Content-Type: text/plain; charset=UTF-8\r
            \r
            Since a few minutes no payment goes through.\r
            """.formatted(name, from, subject, java.util.UUID.randomUUID()))));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return group("\"caseNumber\":\"([A-Z]+-\\d+)\"", response.body());
  }

  /** The demo tenant's settings with a status mail every minute for P1, and the P1 levels at 0, 1 and 3 minutes. */
  private static void shortenTheTenantsCadences() throws Exception {
    admin("PUT", "/settings", """
        {"tenantId":"acme","name":"ACME Support (demo)","zone":"Europe/Amsterdam",
         "roster":[
           {"role":"Technical Support Manager","name":"Tess Lead","email":"%s"},
           {"role":"Customer Relations Manager","name":"Carl Relations","email":"%s"},
           {"role":"CTO","name":"Cleo Tech","email":"%s"}],
         "escalationMatrices":[{"matrixId":"carrier-grade","levels":[
           {"priority":"P1","amount":0,"unit":"CLOCK_MINUTES","role":"Technical Support Manager"},
           {"priority":"P1","amount":1,"unit":"CLOCK_MINUTES","role":"Customer Relations Manager"},
           {"priority":"P1","amount":3,"unit":"CLOCK_MINUTES","role":"CTO"}]}],
         "statusMails":[{"priority":"P1","amount":1,"unit":"CLOCK_MINUTES"}]}""".formatted(TSM, CRM, CTO));
  }

  private static String kindOf(String subject) {
    String s = subject.toLowerCase(java.util.Locale.ROOT);
    if (s.contains("we have received")) {
      return "acknowledgement";
    }
    if (s.contains("resolved")) {
      return "resolution";
    }
    if (s.contains("status")) {
      return "status";
    }
    return subject;
  }

  private static HttpRequest.Builder intake(String path, String key) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + intakePort + path)).header("X-API-Key", key);
  }

  /** Olivia Ops of Northwind opens a request through the portal API (the integration key). */
  private static HttpResponse<String> portalRequest(String subject, String description, String severity)
      throws Exception {
    return send(intake("/api/v1/requests", API_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},
             "subject":"%s","description":"%s","severity":"%s"}""".formatted(subject, description, severity))));
  }

  private static HttpRequest.Builder agent(String caseNumber, String action, String json) {
    return intake("/api/v1/agent/cases/" + caseNumber + "/" + action, AGENT_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private static void admin(String method, String path, String json) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + contractsPort + "/api/v1/admin/tenants/" + TENANT + path))
        .header("X-API-Key", API_KEY)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)));
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the person's mailbox holds exactly this many matching mails of the case. */
  private static List<Mailbox.Mail> awaitMails(String person, String caseNumber,
      java.util.function.Predicate<Mailbox.Mail> which, int count) {
    Mailbox mailbox = new Mailbox(STACK.imapPort(), person, MAILBOX_PASSWORD);
    List<Mailbox.Mail> found = new ArrayList<>();
    await(count + " mail(s) for " + caseNumber + " in " + person + "'s mailbox")
        .atMost(PIPELINE).pollInterval(Duration.ofMillis(250))
        .until(() -> {
          found.clear();
          mailbox.mailsOf(caseNumber).stream().filter(which).forEach(found::add);
          return found.size() >= count;
        });
    assertThat(found).hasSize(count);
    return List.copyOf(found);
  }

  /**
   * The console in Debian's Chromium on the real pipeline: an agent signs in with their own key, a
   * case opened through the portal API appears in the live queue without a reload, and the agent
   * responds and resolves it from the case page; intake records both as the agent's, and the resolved
   * case leaves the open queue by itself.
   */
  @Test
  void anAgentSeesAPortalCaseArriveInTheConsoleQueueAndRespondsAndResolvesItInTheBrowser() throws Exception {
    Optional<Path> chromium = Chromium.locate();
    Assumptions.assumeTrue(chromium.isPresent(), "no Chromium (apt-get install chromium): skipped");
    Path screenshots = RepoRoot.find().resolve("e2e/target/screenshots");
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(chromium.get()).setHeadless(true).setArgs(Chromium.ARGS))) {
      Page page = agentSignedIn(browser.newContext(new Browser.NewContextOptions()
          .setBaseURL("http://127.0.0.1:" + consolePort).setViewportSize(1280, 900)));

      HttpResponse<String> opened =
          portalRequest("Console journey: exports fail", "Since 08:00 every export fails.", "P2");
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([^\"]+)\"", opened.body());

      Locator row = page.locator("tr[data-case='" + caseNumber + "']");
      PlaywrightAssertions.assertThat(row).isVisible();
      PlaywrightAssertions.assertThat(row.locator("time.countdown")).hasText(Pattern.compile("^in .*"));
      page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("console-queue.png")));

      row.getByRole(AriaRole.LINK).click();
      PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Console journey: exports fail");
      PlaywrightAssertions.assertThat(page.locator("ol.timeline")).containsText("started (work commences)");
      page.getByLabel("Response or note").fill("We are on it: the export queue is stuck.");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
      PlaywrightAssertions.assertThat(page.locator(".notice[role=status]")).hasText("Your response was sent to the customer.");
      page.getByLabel("Resolution").fill("Export queue restarted");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")).click();
      PlaywrightAssertions.assertThat(page.locator(".notice[role=status]")).hasText("The case was resolved.");
      page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("console-case.png")).setFullPage(true));

      String resolved = await().atMost(PIPELINE).until(
          () -> send(intake("/api/v1/cases/" + caseNumber, AGENT_KEY).GET()).body(), body -> body.contains("RESOLVED"));
      assertThat(resolved).contains("We are on it: the export queue is stuck.");

      page.navigate("/queue");
      PlaywrightAssertions.assertThat(page.locator("section[data-live=open]")).isAttached();
      PlaywrightAssertions.assertThat(page.locator("tr[data-case='" + caseNumber + "']")).hasCount(0);
    }
  }

  /**
   * The console's compliance report is computed from the topics alone (its read model of the case
   * events); sla-service's is a replay of its own timelines. On the same run they agree row for row:
   * per customer, priority and clock, the clocks met and breached this month and their mean margin.
   */
  @Test
  void theComplianceReportFromTheStreamEqualsTheSlaServicesAnswer() throws Exception {
    YearMonth month = YearMonth.now(java.time.ZoneOffset.UTC);
    for (String severity : List.of("P2", "P3")) {
      HttpResponse<String> opened = portalRequest("Compliance " + severity, "A case to be answered in time.", severity);
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      String caseNumber = group("\"caseNumber\":\"([^\"]+)\"", opened.body());
      assertThat(send(agent(caseNumber, "responses", """
          {"message":"Looking into it now.","visibleToCustomer":true}""")).statusCode()).isBetween(200, 202);
    }
    Assumptions.assumeTrue(YearMonth.now(java.time.ZoneOffset.UTC).equals(month), "the run crossed a month boundary");
    int slaPort = port(services, "sla-service");
    URI slaReport = URI.create("http://127.0.0.1:" + slaPort + "/api/v1/sla/compliance?month=" + month + "&zone=UTC");
    URI streamReport = URI.create("http://127.0.0.1:" + consolePort + "/api/v1/reports/compliance?from=" + month + "&to=" + month);

    await("both reports count the same clocks").atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      Map<String, ComplianceCount> fromTheService = complianceRows(send(HttpRequest.newBuilder(slaReport)
          .header("X-API-Key", AGENT_KEY)).body(), "averageMargin");
      Map<String, ComplianceCount> fromTheStream = complianceRows(send(HttpRequest.newBuilder(streamReport)
          .header("X-API-Key", AGENT_KEY)).body(), "meanMarginMillis");
      assertThat(fromTheService).containsKeys("northwind P2 FIRST_RESPONSE", "northwind P3 FIRST_RESPONSE");
      assertThat(fromTheStream.keySet()).as("rows").isEqualTo(fromTheService.keySet());
      fromTheService.forEach((row, counts) ->
          assertThat(counts.sameAs(fromTheStream.get(row))).as("%s: sla %s, stream %s", row, counts, fromTheStream.get(row)).isTrue());
    });
  }

  /** One compliance row's counts; margins are compared to the millisecond, as each side rounds. */
  private record ComplianceCount(long met, long breached, long marginMillis) {
    boolean sameAs(ComplianceCount other) {
      return met == other.met && breached == other.breached && Math.abs(marginMillis - other.marginMillis) <= 1;
    }
  }

  /**
   * Compliance rows by "customer priority clock" from either service's JSON (flat objects). The
   * margin is an ISO duration (or seconds) in sla's answer, milliseconds in the console's.
   */
  private static Map<String, ComplianceCount> complianceRows(String json, String marginField) {
    Map<String, ComplianceCount> rows = new java.util.TreeMap<>();
    Matcher row = Pattern.compile("\\{[^{}]*}").matcher(json);
    while (row.find()) {
      String o = row.group();
      String margin = field(o, marginField);
      long millis = margin == null || margin.equals("null") ? 0
          : margin.contains("P") ? Duration.parse(margin).toMillis()
          : marginField.equals("averageMargin") ? new java.math.BigDecimal(margin).movePointRight(3).longValue()
          : Long.parseLong(margin);
      rows.put(field(o, "customerId") + " " + field(o, "priority") + " " + field(o, "clock"),
          new ComplianceCount(Long.parseLong(field(o, "met")), Long.parseLong(field(o, "breached")), millis));
    }
    return rows;
  }

  private static String field(String object, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(object);
    return m.find() ? m.group(1) : null;
  }

  /**
   * A real Prometheus scrapes every service's management port; a query sees the case this test
   * opens in the business meters (cases opened by tenant and channel, decisions by outcome).
   */
  @Test
  void aRealPrometheusScrapesEveryServiceAndSeesTheCaseThisTestOpens() throws Exception {
    Optional<Path> binary = PrometheusServer.binary();
    Assumptions.assumeTrue(binary.isPresent(), "no prometheus binary (apt-get install prometheus): skipped");
    try (PrometheusServer prometheus = PrometheusServer.start(binary.get(),
        RepoRoot.find().resolve("e2e/target/prometheus-" + System.nanoTime()), services)) {
      awaitQuery(prometheus, "count(up{job=\"supportflow\"} == 1)", v -> v == services.size());
      double before = prometheus.query(
          "sum(supportflow_cases_opened_total{tenant=\"acme\",channel=\"PORTAL\"})").orElse(0.0);

      HttpResponse<String> response = portalRequest("Metrics please", "A case for the scrape.", "P3");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

      awaitQuery(prometheus, "sum(supportflow_cases_opened_total{tenant=\"acme\",channel=\"PORTAL\"})",
          v -> v >= before + 1);
      awaitQuery(prometheus, "sum(supportflow_decisions_total{application=\"contracts-service\"})", v -> v >= 1);
      awaitQuery(prometheus, "sum(supportflow_sla_clock_changes_total{change=\"STARTED\"})", v -> v >= 1);
      awaitQuery(prometheus, "sum(supportflow_mails_total{kind=\"ACKNOWLEDGEMENT\",outcome=\"SENT\"})", v -> v >= 1);
      awaitQuery(prometheus, "count(supportflow_backlog_size)", v -> v >= 4);
    }
  }

  private static void awaitQuery(PrometheusServer prometheus, String promql, java.util.function.DoublePredicate done) {
    Awaitility.await(promql).atMost(PIPELINE).pollInterval(Duration.ofMillis(500))
        .until(() -> prometheus.query(promql).filter(done::test).isPresent());
  }

  /** The trace id of the first record of the case on a topic, from its W3C traceparent header. */
  private static String traceId(TopicProbe probe, String caseId) {
    var record = probe.awaitRaw(r -> caseId.equals(r.key()), 1, PIPELINE).getFirst();
    String traceparent = TopicProbe.header(record, "traceparent");
    return traceparent == null ? "none" : traceparent.split("-")[1];
  }

  /** The trace ids of every record of the case seen on a topic so far. */
  private static java.util.Set<String> traceIds(TopicProbe probe, String caseId) {
    return probe.awaitRaw(r -> caseId.equals(r.key()), 1, PIPELINE).stream()
        .map(r -> TopicProbe.header(r, "traceparent"))
        .map(traceparent -> traceparent == null ? "none" : traceparent.split("-")[1])
        .collect(java.util.stream.Collectors.toSet());
  }

  private static int port(List<PlatformService> services, String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().port();
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static TopicProbe probe(String topic) {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), topic);
  }

  private static String group(String regex, String body) {
    Matcher m = Pattern.compile(regex).matcher(body);
    assertThat(m.find()).as("%s in %s", regex, body).isTrue();
    return m.group(1);
  }

  /** The agent signed in to the console, on the queue with its live stream open. */
  private static Page agentSignedIn(BrowserContext context) {
    context.setDefaultTimeout(PIPELINE.toMillis());
    Page page = context.newPage();
    page.navigate("/sign-in");
    page.getByLabel("Your API key (agent or customer)").fill(AGENT_KEY);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    PlaywrightAssertions.assertThat(page.locator("section[data-live=open]")).isAttached();
    return page;
  }
}
