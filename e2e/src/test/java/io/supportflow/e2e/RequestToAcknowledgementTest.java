package io.supportflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.infra.stack.PlatformService;
import io.supportflow.infra.stack.RepoRoot;
import io.supportflow.infra.stack.ServiceFleet;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as it runs for real: five service processes over a KRaft broker, Apicurio,
 * the Mongo wire server and GreenMail. A request goes in over HTTP; the acknowledgement comes out
 * of the reporter's IMAP mailbox with the case number, the first escalation level is raised, and
 * every event decodes via the registry.
 */
class RequestToAcknowledgementTest {

  private static final TestStack STACK = TestStack.shared();
  private static final String API_KEY = "e2e-" + java.util.UUID.randomUUID();
  private static final String REPORTER = "ops@northwind.example";
  private static final String MAILBOX_PASSWORD = "e2e-mailbox-secret";
  private static final Duration PIPELINE = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ServiceFleet fleet;
  private static int intakePort;

  @BeforeAll
  static void platformUp() throws Exception {
    STACK.mail().setUser(REPORTER, REPORTER, MAILBOX_PASSWORD);
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP", STACK.kafkaBootstrapServers());
    env.put("SCHEMA_REGISTRY_URL", STACK.schemaRegistryUrl());
    env.put("MONGODB_URI", STACK.mongoUri());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(STACK.smtpPort()));
    env.put("SUPPORTFLOW_DEMO_ENABLED", "true");
    env.put("SUPPORTFLOW_DEMO_TENANT", "acme");
    env.put("SUPPORTFLOW_DEMO_API_KEY", API_KEY);
    List<PlatformService> services = new ArrayList<>();
    for (PlatformService service : PlatformService.ALL) {
      services.add(service.withPort(freePort())); // beside a local stack a developer may be running
    }
    intakePort = services.getFirst().port();
    Path root = RepoRoot.find();
    ServiceFleet.requireJars(root);
    fleet = new ServiceFleet(root, root.resolve("e2e/target/logs"), env, services);
    fleet.startAll(child -> { });
  }

  @AfterAll
  static void platformDown() {
    if (fleet != null) {
      fleet.close();
    }
  }

  @Test
  void aPortalRequestIsAcknowledgedByMailWithItsCaseNumberAndEveryEventDecodes() throws Exception {
    try (TopicProbe requests = probe("intake.requests");
        TopicProbe decisions = probe("contracts.entitlements");
        TopicProbe clocks = probe("sla.events");
        TopicProbe escalations = probe("escalation.events");
        TopicProbe notifications = probe("notification.events")) {

      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + intakePort + "/api/v1/requests"))
          .header("Content-Type", "application/json")
          .header("X-API-Key", API_KEY)
          .POST(HttpRequest.BodyPublishers.ofString("""
              {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},
               "subject":"Checkout is down","description":"All web shops return HTTP 500 since 09:12.",
               "severity":"P1"}"""))
          .build(), HttpResponse.BodyHandlers.ofString());

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

      Message acknowledgement = awaitMail(caseNumber);
      assertThat(acknowledgement.getSubject())
          .isEqualTo("[" + caseNumber + "] We have received your request: Checkout is down");
      assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo(REPORTER);
      assertThat(acknowledgement.getContent().toString()).contains(caseNumber).contains("P1");
    }
  }

  /** Reads the reporter's mailbox over IMAP, as the reporter's mail client would. */
  private static Message awaitMail(String caseNumber) {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", Integer.toString(STACK.imapPort()));
    Session session = Session.getInstance(props);
    List<Message> found = new ArrayList<>();
    await("acknowledgement for " + caseNumber + " in " + REPORTER + "'s mailbox")
        .atMost(PIPELINE).pollInterval(Duration.ofMillis(250))
        .until(() -> {
          Store store = session.getStore("imap");
          store.connect(REPORTER, MAILBOX_PASSWORD);
          try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
              if (m.getSubject() != null && m.getSubject().contains(caseNumber)) {
                m.getContent(); // fetch while the folder is open
                found.add(new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) m));
              }
            }
            inbox.close(false);
          } finally {
            store.close();
          }
          return !found.isEmpty();
        });
    assertThat(found).as("exactly one acknowledgement for the case").hasSize(1);
    return found.getFirst();
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
}
