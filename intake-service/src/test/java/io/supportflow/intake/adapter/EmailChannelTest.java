package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.intake.adapter.mail.ImapMailboxPoller;
import io.supportflow.intake.application.mail.Mailbox;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail delivered over real SMTP into the GreenMail support mailbox, read by the IMAP poller; and the webhook. */
class EmailChannelTest extends ChannelTestSupport {

  private static final String TENANT = "mailco";
  private static final String KEY = key(TENANT, "integration");
  private static final String DESK = "support@mailco.test";
  private static final String PASSWORD = "desk-password-1";
  private static final String CUSTOMER_KEY = key(TENANT, "northwind");
  private static final String AGENT_KEY = key(TENANT, "agent-m");

  @BeforeEach
  void mailbox() {
    tenant(TENANT, "MAIL");
    tenants.saveSupportAddresses(TENANT, List.of(DESK));
    STACK.mail().setUser(DESK, DESK, PASSWORD);
    tenants.saveMailbox(new Mailbox(TENANT, "127.0.0.1", STACK.imapPort(), false, DESK, PASSWORD, "INBOX",
        "Processed", "Quarantine"));
  }

  @Test
  void aMailToTheSupportMailboxBecomesTheSameNormalisedRequestAsEveryChannel() throws Exception {
    String id = messageId();
    try (TopicProbe requests = requests()) {
      deliver("""
          From: "Olivia Ops" <Olivia@Northwind.example>
          To: support@mailco.test
          Subject: [SEV2] Reports fail after upgrade
          Message-ID: %s
          MIME-Version: 1.0
          Content-Type: multipart/mixed; boundary="b"

          --b
          Content-Type: text/plain; charset=UTF-8

          Since we installed version 2.3.1 the reports are not working and we have no idea why.
          --b
          Content-Type: text/plain; name="server.log"
          Content-Disposition: attachment; filename="server.log"

          ERROR 1
          --b--
          """.formatted(id));

      RequestReceived event = requests.await(RequestReceived.class, e -> id.equals(e.getCorrelationKey()), 1, DEADLINE)
          .getFirst();
      assertThat(event.getChannel()).isEqualTo(Channel.EMAIL);
      assertThat(event.getTenantId()).isEqualTo(TENANT);
      assertThat(event.getCaseNumber()).startsWith("MAIL-");
      assertThat(event.getReporter().getEmail()).isEqualTo("olivia@northwind.example");
      assertThat(event.getReporter().getName()).isEqualTo("Olivia Ops");
      assertThat(event.getSubject()).isEqualTo("[SEV2] Reports fail after upgrade");
      assertThat(event.getDescription()).startsWith("Since we installed version 2.3.1");
      assertThat(event.getStatedSeverity()).isEqualTo("SEV2");
      assertThat(event.getPriority()).isEqualTo(Priority.P2);
      assertThat(event.getVersion()).isEqualTo("2.3.1");
      assertThat(event.getLanguage()).as("no Content-Language: contracts-service guesses it").isNull();
      assertThat(event.getCustomerHint()).isEqualTo("northwind.example");
      assertThat(event.getAttachments()).singleElement().satisfies(a -> {
        assertThat(a.getName()).isEqualTo("server.log");
        assertThat(a.getSize()).isEqualTo(7L);
        assertThat(a.getContentType()).isEqualTo("text/plain");
        assertThat(a.getAttachmentId()).isNotBlank();
      });
    }
    await().atMost(DEADLINE).untilAsserted(() -> {
      assertThat(folder("INBOX")).isEmpty();
      assertThat(folder("Processed")).anySatisfy(m -> assertThat(m.getHeader("Message-ID")).contains(id));
    });
  }

  @Test
  void aReplyNamingTheCaseNumberInItsSubjectIsAddedToThatCase() throws Exception {
    String first = messageId();
    String reply = messageId();
    try (TopicProbe requests = requests(); TopicProbe activity = activity()) {
      RequestReceived opened = openedByOlivia(requests, first, "Printer queue stuck");
      long before = cases(TENANT);

      deliver(mail(reply, "olivia@northwind.example",
          "Re: [" + opened.getCaseNumber() + "] We have received your request: Printer queue stuck", ""));

      CaseActivityRecorded event = activity.await(CaseActivityRecorded.class,
          e -> reply.equals(e.getCorrelationKey()), 1, DEADLINE).getFirst();
      assertThat(event.getCaseId()).isEqualTo(opened.getCaseId());
      assertThat(event.getActivity()).isEqualTo(CaseActivity.CUSTOMER_REPLIED);
      assertThat(event.getActor()).isEqualTo("olivia@northwind.example");
      assertThat(event.getChannel()).isEqualTo("EMAIL");
      await().atMost(DEADLINE).until(() -> "REPLIED".equals(receipt(reply)));
      assertThat(cases(TENANT)).isEqualTo(before);
      assertThat(database.getCollection("cases").countDocuments(Filters.eq("correlationKey", reply))).isZero();
    }
  }

  @Test
  void aStrangersReplyNamingTheCaseNeverReachesItAndOpensANewCaseForTheSender() throws Exception {
    tenants.saveCustomerContacts(TENANT, "northwind", List.of("olivia@northwind.example", "admin@northwind.example"));
    String first = messageId();
    String forged = messageId();
    String stranger = messageId();
    try (TopicProbe requests = requests()) {
      RequestReceived opened = openedByOlivia(requests, first, "Reports fail");

      // Same domain as the contacts, but not a contact: still a stranger. And one from outside.
      deliver(mail(forged, "olivia.ops@northwind.example", "Re: [" + opened.getCaseNumber() + "] Reports fail", ""));
      deliver(mail(stranger, "mallory@evil.example", "Re: [" + opened.getCaseNumber() + "] Reports fail", ""));

      for (String id : List.of(forged, stranger)) {
        RequestReceived own = requests.await(RequestReceived.class, e -> id.equals(e.getCorrelationKey()), 1, DEADLINE)
            .getFirst();
        assertThat(own.getCaseId()).isNotEqualTo(opened.getCaseId());
        assertThat(own.getDescription()).startsWith("Sent as a reply to " + opened.getCaseNumber() + ", but ");
        await().atMost(DEADLINE).until(() -> "OPENED".equals(receipt(id)));
      }
      // The receipts are written after every effect: nothing was added to the case, so nothing announced.
      assertThat(thread(opened.getCaseId())).isEmpty();
    }
  }

  @Test
  void aContactOfTheCustomerAndAnAddressCopiedOnTheThreadMayWriteToTheCase() throws Exception {
    tenants.saveAgentKey(TENANT, "agent-m", AGENT_KEY);
    String contacts = "{\"contacts\":[\"Olivia@Northwind.example\",\"admin@northwind.example\"]}";
    assertProblem(putJson("/api/v1/customers/northwind/contacts", AGENT_KEY, contacts), 403);
    HttpResponse<String> saved = putJson("/api/v1/customers/northwind/contacts", KEY, contacts);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(json(saved).get("contacts").get(0).asString()).isEqualTo("olivia@northwind.example");
    String first = messageId();
    String byContact = messageId();
    String byCopied = messageId();
    try (TopicProbe requests = requests(); TopicProbe activity = activity()) {
      deliver("From: olivia@northwind.example\r\nTo: " + DESK + "\r\nCc: Partner <noc@partner.example>\r\n"
          + "Subject: Links down\r\nMessage-ID: " + first + "\r\nContent-Type: text/plain\r\n\r\nAll links down.\r\n");
      RequestReceived opened = requests.await(RequestReceived.class, e -> first.equals(e.getCorrelationKey()), 1,
          DEADLINE).getFirst();

      deliver(mail(byContact, "admin@northwind.example", "Re: [" + opened.getCaseNumber() + "] Links down", ""));
      deliver(mail(byCopied, "noc@partner.example", "Re: [" + opened.getCaseNumber() + "] Links down", ""));

      assertThat(activity.await(CaseActivityRecorded.class,
          e -> byContact.equals(e.getCorrelationKey()) || byCopied.equals(e.getCorrelationKey()), 2, DEADLINE))
          .allSatisfy(e -> assertThat(e.getCaseId()).isEqualTo(opened.getCaseId()));
    }
  }

  @Test
  void aTenantThatQuarantinesStrangersHoldsTheirReplyWithTheReasonAndTheCaseNeverHearsOfIt() throws Exception {
    tenants.saveStrangerReplies(TENANT, io.supportflow.intake.domain.StrangerReplies.QUARANTINE);
    try {
      String first = messageId();
      String stranger = messageId();
      try (TopicProbe requests = requests()) {
        RequestReceived opened = openedByOlivia(requests, first, "Invoices wrong");
        long before = cases(TENANT);

        HttpResponse<String> answer = postMail(mail(stranger, "mallory@evil.example",
            "Re: [" + opened.getCaseNumber() + "] Invoices wrong", "").getBytes(StandardCharsets.UTF_8),
            "message/rfc822", KEY);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("outcome").asString()).isEqualTo("QUARANTINED");
        assertThat(json(answer).get("reason").asString()).contains("mallory@evil.example is not the reporter");
        org.bson.Document held = database.getCollection("mail_quarantine").find(Filters.eq("_id",
            new org.bson.Document("tenantId", TENANT).append("messageId", stranger))).first();
        assertThat(held).isNotNull();
        assertThat(held.getString("caseNumber")).isEqualTo(opened.getCaseNumber());
        assertThat(held.getString("reason")).contains("held for an agent");
        assertThat(cases(TENANT)).isEqualTo(before);
        assertThat(thread(opened.getCaseId())).isEmpty();
      }
    } finally {
      tenants.saveStrangerReplies(TENANT, io.supportflow.intake.domain.StrangerReplies.OPEN_NEW_CASE);
    }
  }

  @Test
  void anOutOfOfficeReplyWithoutMachineHeadersOpensNoCaseAndIsNotAnswered() throws Exception {
    long before = cases(TENANT);
    String id = messageId();
    deliver(mail(id, "olivia@northwind.example", "Out of Office: Olivia is away until Monday", ""));
    await().atMost(DEADLINE).until(() -> "IGNORED".equals(receipt(id)));
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void anEncodedSubjectOrNameThatDecodesToLineBreaksIsStoredAsOneLine() throws Exception {
    String id = messageId();
    try (TopicProbe requests = requests()) {
      // "Help\r\nBcc: victim@example.com" and "Olivia\r\nBcc: x" as RFC 2047 encoded words.
      deliver("From: =?UTF-8?B?T2xpdmlhDQpCY2M6IHg=?= <olivia@northwind.example>\r\nTo: " + DESK + "\r\n"
          + "Subject: =?UTF-8?B?SGVscA0KQmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?=\r\nMessage-ID: " + id + "\r\n"
          + "Content-Type: text/plain\r\n\r\nplease\r\n");
      RequestReceived event = requests.await(RequestReceived.class, e -> id.equals(e.getCorrelationKey()), 1,
          DEADLINE).getFirst();
      assertThat(event.getSubject()).isEqualTo("Help Bcc: victim@example.com");
      assertThat(event.getReporter().getName()).isEqualTo("Olivia Bcc: x");
    }
  }

  @Test
  void aSubjectWithABidiOverrideIsQuarantinedWithTheReason() throws Exception {
    long before = cases(TENANT);
    String marker = "bidi-" + UUID.randomUUID();
    // U+202E RIGHT-TO-LEFT OVERRIDE in an encoded word.
    deliver("From: olivia@northwind.example\r\nTo: " + DESK + "\r\nSubject: =?UTF-8?B?"
        + java.util.Base64.getEncoder().encodeToString((marker + " \u202Eexe.pdf").getBytes(StandardCharsets.UTF_8))
        + "?=\r\nMessage-ID: " + messageId() + "\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n");
    await().atMost(DEADLINE).untilAsserted(() -> assertThat(folder("Quarantine")).anySatisfy(m ->
        assertThat(m.getHeader(ImapMailboxPoller.REASON_HEADER)[0]).contains("refused subject").contains("U+202E")));
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void anAttachmentIsKeptWithItsSniffedTypeListedOnTheCaseAndDownloadedOnlyAsAFile() throws Exception {
    tenants.saveCustomerKey(TENANT, "northwind", CUSTOMER_KEY, null);
    tenants.saveAgentKey(TENANT, "agent-m", AGENT_KEY);
    String caseNumber = json(postJson("/api/v1/requests", CUSTOMER_KEY, """
        {"reporter":{"name":"Olivia","email":"olivia@northwind.example"},"subject":"Invoices","description":"Wrong"}"""))
        .get("caseNumber").asString();
    String html = "<html><script>alert(document.cookie)</script></html>";
    String reply = messageId();

    HttpResponse<String> answer = postMail(("""
        From: olivia@northwind.example
        To: support@mailco.test
        Subject: Re: [%s] Invoices
        Message-ID: %s
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: text/plain

        The invoice is attached.
        --b
        Content-Type: application/pdf; name="invoice.pdf"
        Content-Disposition: attachment; filename="invoice.pdf"

        %s
        --b--
        """).formatted(caseNumber, reply, html).getBytes(StandardCharsets.UTF_8), "message/rfc822", KEY);
    assertThat(json(answer).get("outcome").asString()).as(answer.body()).isEqualTo("REPLIED");

    var listed = json(get("/api/v1/cases/" + caseNumber, CUSTOMER_KEY)).get("attachments");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("name").asString()).isEqualTo("invoice.pdf");
    assertThat(listed.get(0).get("contentType").asString()).as("sniffed, not declared").isEqualTo("text/html");
    assertThat(listed.get(0).get("size").asLong()).isEqualTo(html.length());
    String href = listed.get(0).get("href").asString();
    assertThat(json(get("/api/v1/cases/" + caseNumber, AGENT_KEY)).get("attachments").get(0).get("href").asString())
        .isEqualTo(href);

    for (String key : List.of(CUSTOMER_KEY, AGENT_KEY)) {
      HttpResponse<String> download = get(href, key);
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(html);
      assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
          d -> assertThat(d).startsWith("attachment;").contains("invoice.pdf"));
      assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
    assertProblem(get(href, KEY), 403);
    assertProblem(get(href.replaceAll("[0-9a-f]{8}-", "00000000-"), AGENT_KEY), 404);
  }

  @Test
  void aReplyToOurAcknowledgementThreadsByInReplyTo() throws Exception {
    String first = messageId();
    String reply = messageId();
    try (TopicProbe requests = requests(); TopicProbe activity = activity()) {
      String caseId = openedByOlivia(requests, first, "VPN drops").getCaseId();

      deliver(mail(reply, "olivia@northwind.example", "Re: your mail",
          "In-Reply-To: <" + caseId + ".ACKNOWLEDGEMENT@supportflow>\r\n"));

      assertThat(activity.await(CaseActivityRecorded.class, e -> reply.equals(e.getCorrelationKey()), 1, DEADLINE)
          .getFirst().getCaseId()).isEqualTo(caseId);
    }
  }

  @Test
  void autoRepliesBouncesListsAndOurOwnMailsNeverOpenACase() throws Exception {
    long before = cases(TENANT);
    List<String> ids = List.of(messageId(), messageId(), messageId(), messageId(), messageId());
    deliver(mail(ids.get(0), "olivia@northwind.example", "Out of office", "Auto-Submitted: auto-replied\r\n"));
    deliver(mail(ids.get(1), "MAILER-DAEMON@mx.northwind.example", "Undeliverable", ""));
    deliver(mail(ids.get(2), "dev@lists.example", "[dev] weekly", "List-Id: <dev.lists.example>\r\n"));
    deliver(mail(ids.get(3), DESK, "[MAIL-000001] We have received your request: x", ""));
    deliver(mail(ids.get(4), "news@vendor.example", "Offers", "Precedence: bulk\r\n"));

    await().atMost(DEADLINE).untilAsserted(() -> {
      for (String id : ids) {
        assertThat(receipt(id)).as(id).isEqualTo("IGNORED");
      }
    });
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void anUnreadableMailIsQuarantinedWithTheReasonAndOpensNothing() throws Exception {
    long before = cases(TENANT);
    String marker = "garbage-" + UUID.randomUUID();
    deliver("To: support@mailco.test\r\nSubject: " + marker + "\r\nX-No-Sender: true\r\n\r\nno sender at all\r\n");

    await().atMost(DEADLINE).untilAsserted(() -> assertThat(folder("Quarantine")).anySatisfy(m -> {
      assertThat(m.getSubject()).isEqualTo(marker);
      assertThat(m.getHeader(ImapMailboxPoller.REASON_HEADER)).containsExactly("no readable From address");
    }));
    assertThat(folder("INBOX")).isEmpty();
    assertThat(cases(TENANT)).isEqualTo(before);
  }

  @Test
  void theSameMailReadTwiceOpensOneCase() throws Exception {
    String id = messageId();
    long before = cases(TENANT);
    deliver(mail(id, "olivia@northwind.example", "Twice", ""));
    await().atMost(DEADLINE).until(() -> "OPENED".equals(receipt(id)));
    deliver(mail(id, "olivia@northwind.example", "Twice", ""));

    await().atMost(DEADLINE).until(() -> folder("INBOX").isEmpty() && folder("Processed").stream()
        .filter(m -> id.equals(header(m, "Message-ID"))).count() == 2);
    assertThat(cases(TENANT)).isEqualTo(before + 1);
  }

  @Test
  void theWebhookTakesRawMailOnceAndQuarantinesWhatItCannotRead() throws Exception {
    String id = messageId();
    byte[] raw = mail(id, "olivia@northwind.example", "From the webhook", "").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> first = postMail(raw, "message/rfc822", KEY);
    HttpResponse<String> again = postMail(raw, "message/rfc822", KEY);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).get("outcome").asString()).isEqualTo("OPENED");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("outcome").asString()).isEqualTo("DUPLICATE");
    assertThat(json(again).get("caseNumber")).isEqualTo(json(first).get("caseNumber"));

    HttpResponse<String> garbage = postMail("\u0000\u0001 not a mail".getBytes(StandardCharsets.UTF_8),
        "message/rfc822", KEY);
    assertProblem(garbage, 422);
    String quarantineId = json(garbage).get("quarantineId").asString();
    org.bson.Document kept = database.getCollection("mail_quarantine").find(Filters.eq("_id", quarantineId)).first();
    assertThat(kept).isNotNull();
    assertThat(kept.getString("reason")).isEqualTo("no readable From address");

    assertProblem(postMail(raw, "text/plain", KEY), 415);
    assertProblem(postMail(raw, "message/rfc822", null), 401);
  }

  private HttpResponse<String> postMail(byte[] raw, String type, String key) throws Exception {
    HttpRequest.Builder b = request("/api/v1/inbound-mail").header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw));
    if (key != null) {
      b.header("X-API-Key", key);
    }
    return send(b.build());
  }

  private HttpResponse<String> putJson(String path, String key, String body) throws Exception {
    return send(request(path).header("Content-Type", "application/json").header("X-API-Key", key)
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private List<org.bson.Document> thread(String caseId) {
    org.bson.Document d = database.getCollection("cases").find(Filters.eq("_id", caseId)).first();
    return d.getList("activities", org.bson.Document.class);
  }

  private String receipt(String messageId) {
    var d = database.getCollection("mail_receipts").find(Filters.eq("_id",
        new org.bson.Document("tenantId", TENANT).append("messageId", messageId))).first();
    return d == null ? null : d.getString("outcome");
  }

  private static String messageId() {
    return "<" + UUID.randomUUID() + "@northwind.example>";
  }

  private static String mail(String messageId, String from, String subject, String extraHeaders) {
    return "From: " + from + "\r\nTo: " + DESK + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\n"
        + extraHeaders + "Content-Type: text/plain; charset=UTF-8\r\n\r\nPlease help, nothing works.\r\n";
  }

  /** Sends the raw mail over SMTP exactly as written (Transport#sendMessage keeps its headers). */
  private static void deliver(String raw) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(STACK.smtpPort()));
    Session session = Session.getInstance(props);
    MimeMessage message = new MimeMessage(session,
        new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      transport.sendMessage(message, new InternetAddress[] {new InternetAddress(DESK)});
    }
  }

  private static List<Message> folder(String name) throws Exception {
    Session session = Session.getInstance(new Properties());
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", STACK.imapPort(), DESK, PASSWORD);
      Folder folder = store.getFolder(name);
      if (!folder.exists()) {
        return List.of();
      }
      folder.open(Folder.READ_ONLY);
      try {
        List<Message> messages = new java.util.ArrayList<>();
        for (Message m : folder.getMessages()) {
          try {
            MimeMessage copy = new MimeMessage((MimeMessage) m);
            if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
              messages.add(copy);
            }
          } catch (jakarta.mail.MessagingException movedAwayWhileRead) {
            // The poller moves mail out of the folder while we read it: a message gone is not in it.
          }
        }
        return messages;
      } finally {
        folder.close(false);
      }
    }
  }

  private static String header(Message m, String name) {
    try {
      String[] values = m.getHeader(name);
      return values == null ? null : values[0];
    } catch (jakarta.mail.MessagingException e) {
      return null;
    }
  }

  /** Olivia's first mail on a subject, delivered, and the request it opened. */
  private RequestReceived openedByOlivia(TopicProbe requests, String messageId, String subject) throws Exception {
    deliver(mail(messageId, "olivia@northwind.example", subject, ""));
    return requests.await(RequestReceived.class, e -> messageId.equals(e.getCorrelationKey()), 1, DEADLINE).getFirst();
  }
}
