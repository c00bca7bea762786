package io.supportflow.notification.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.notification.domain.AcknowledgementMail;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.Escalation;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.ReceivedRequest;
import io.supportflow.notification.domain.SlaAlert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in templates of every mail in both parts, tenants' own templates, and escaping. */
class MailTemplatesTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final MailTemplates BUILT_IN = new MailTemplates(null, Duration.ofMinutes(1));
  /** The acknowledgement most tests render: Olivia's request "Checkout is down". */
  private static final OutgoingMail ACK = acknowledgement("Checkout is down", "Olivia Ops");

  @TempDir Path tenants;

  /** The templates over the test's tenant folders, read again after a minute. */
  private MailTemplates tenantTemplates() {
    return new MailTemplates(tenants, Duration.ofMinutes(1));
  }

  private static NotifiedCase openCase(String subject, String latestResponse) {
    return new NotifiedCase("acme", "case-1", "ACME-000042", subject, "Olivia Ops", "ops@northwind.example",
        Priority.P1, RECEIVED, AMSTERDAM, null, 3, "OPEN", latestResponse, false, false, null, null);
  }

  private static OutgoingMail acknowledgement(String subject, String reporterName) {
    return AcknowledgementMail.forRequest("acme", new ReceivedRequest("case-1", "ACME-000042", Priority.P1, subject,
        "Your request is covered by your infra-24x7 contract.", reporterName, "ops@northwind.example", RECEIVED,
        AMSTERDAM)).orElseThrow();
  }

  private static CaseEvent activity(CaseEvent.Kind kind, String publicResponse) {
    return new CaseEvent("activity-9", RECEIVED, "case-1", "ACME-000042", kind, kind.name(), publicResponse, null);
  }

  private static SlaAlert alert(boolean breached) {
    return new SlaAlert("acme", "clock-3", "case-1", "ACME-000042", Priority.P1, "FIRST_RESPONSE", breached,
        Instant.parse("2026-11-24T09:30:00Z"));
  }

  private static Escalation escalation() {
    return new Escalation("acme", "esc-1", "case-1", "ACME-000042", Priority.P1, 2, "Customer Relations Manager",
        "Carl Relations", "crm@acme-support.example", "1 hour since receipt");
  }

  @Test
  void theAcknowledgementReadsAsBeforeInTextAndCarriesTheSameFactsInHtml() {
    MailTemplates.Rendered mail = BUILT_IN.render(ACK);

    assertThat(mail.text()).isEqualTo("""
        Hello Olivia Ops,

        We have received your request and registered it as case ACME-000042.

          Case number: ACME-000042
          Subject:     Checkout is down
          Priority:    P1
          Received:    Tuesday 24 November 2026, 10:15 CET
          Work starts: immediately

        Your request is covered by your infra-24x7 contract.

        Please keep [ACME-000042] in the subject when you reply, so that your message is added to this case.

        Kind regards,
        Support
        """);
    assertThat(mail.html())
        .startsWith("<!DOCTYPE html>")
        .contains("<p>Hello <span>Olivia Ops</span>,</p>")
        .contains("<td>Tuesday 24 November 2026, 10:15 CET</td>")
        .contains("<strong>[ACME-000042]</strong> in the subject")
        .contains("<td><span>immediately</span></td>")
        .doesNotContain("next covered period")
        .doesNotContain("th:");
  }

  @Test
  void aRequestOutsideCoveredHoursIsToldTheStartOfTheNextCoveredPeriod() {
    OutgoingMail base = acknowledgement("Slow", null);
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(base.fields());
    fields.put("workStarts", "Wednesday 25 November 2026, 09:00 CET");
    fields.put("workDeferred", "true");
    MailTemplates.Rendered mail = BUILT_IN.render(new OutgoingMail(base.tenantId(), base.notificationId(),
        base.kind(), base.messageId(), base.recipient(), base.subject(), fields, null));

    assertThat(mail.text())
        .startsWith("Hello,\n\n")
        .contains("  Received:    Tuesday 24 November 2026, 10:15 CET\n"
            + "  Work starts: Wednesday 25 November 2026, 09:00 CET (the start of your next covered period)\n"
            + "\nYour request is covered");
    assertThat(mail.html()).contains("<p>Hello,</p>")
        .contains("<span>Wednesday 25 November 2026, 09:00 CET</span> (the start of your next covered period)");
  }

  @Test
  void aStatusUpdateShowsStatusPriorityAndTheLatestPublicResponse() {
    MailTemplates.Rendered mail = BUILT_IN.render(CaseMails.statusUpdate(openCase("Checkout is down",
        "We are restarting the payment nodes.\nNext update in 30 minutes."), 2));

    assertThat(mail.text()).isEqualTo("""
        Hello Olivia Ops,

        This is status update 2 on case ACME-000042.

          Status:   OPEN
          Priority: P1

        Latest response:
        We are restarting the payment nodes.
        Next update in 30 minutes.

        Kind regards,
        Support
        """);
    assertThat(mail.html()).contains("status update <span>2</span>").contains("<td>OPEN</td>")
        .contains(">We are restarting the payment nodes.\nNext update in 30 minutes.</p>");
    assertThat(BUILT_IN.render(CaseMails.statusUpdate(openCase("Checkout is down", null), 1)).text())
        .contains("Latest response:\nNo response has been published yet.\n");
  }

  @Test
  void theResolutionQuotesThePublicNoteWhenThereIsOne() {
    NotifiedCase c = openCase("Checkout is down", null);

    assertThat(BUILT_IN.render(CaseMails.resolution(c, activity(CaseEvent.Kind.RESOLVED, "Restarted the nodes.")))
        .text()).isEqualTo("""
        Hello Olivia Ops,

        We have resolved case ACME-000042.

        Restarted the nodes.

        If the problem is not solved, reply to this mail and keep [ACME-000042] in the subject; the case will be reopened.

        Kind regards,
        Support
        """);
    MailTemplates.Rendered withoutNote = BUILT_IN.render(CaseMails.resolution(c, activity(CaseEvent.Kind.RESOLVED, null)));
    assertThat(withoutNote.text()).contains("We have resolved case ACME-000042.\n\nIf the problem is not solved");
    assertThat(withoutNote.html()).contains("<strong>[ACME-000042]</strong>").doesNotContain("pre-wrap");
  }

  @Test
  void closureEscalationAndSlaMailsSayWhatHappened() {
    MailTemplates.Rendered closure = BUILT_IN.render(
        CaseMails.closure(openCase("Checkout is down", null), activity(CaseEvent.Kind.CLOSED, null)));
    MailTemplates.Rendered escalation = BUILT_IN.render(CaseMails.escalation(escalation()));
    NotifiedCase c = openCase("Checkout is down", null);
    MailTemplates.Rendered warning = BUILT_IN.render(CaseMails.slaAlert(alert(false), c, "team@acme.example"));
    MailTemplates.Rendered breach = BUILT_IN.render(CaseMails.slaAlert(alert(true), c, "team@acme.example"));

    assertThat(closure.text()).isEqualTo("""
        Hello Olivia Ops,

        Case ACME-000042 is now closed. Thank you for working with us.

        Kind regards,
        Support
        """);
    assertThat(escalation.text()).isEqualTo("""
        Hello Carl Relations,

        Case ACME-000042 (priority P1) has been escalated to you as Customer Relations Manager, level 2.

        Reason: 1 hour since receipt

        Kind regards,
        Support
        """);
    assertThat(warning.text()).contains("the FIRST_RESPONSE clock is close to its deadline.\n\n"
        + "  Deadline: Tuesday 24 November 2026, 10:30 CET\n");
    assertThat(breach.text()).contains("the FIRST_RESPONSE clock passed its deadline.\n\n"
        + "  Deadline: Tuesday 24 November 2026, 10:30 CET\n");
    assertThat(closure.html()).contains("<strong>ACME-000042</strong> is now closed");
    assertThat(escalation.html()).contains("<strong>Customer Relations Manager</strong>, level <span>2</span>");
    assertThat(warning.html()).contains("is close to its deadline").contains("Tuesday 24 November 2026, 10:30 CET");
    assertThat(breach.html()).contains("passed its deadline").contains("Tuesday 24 November 2026, 10:30 CET");
  }

  @Test
  void everyKindHasBothBuiltInTemplates() {
    Set<String> expected = EnumSet.allOf(NotificationKind.class).stream()
        .map(MailTemplates::templateName)
        .flatMap(name -> java.util.stream.Stream.of(name + ".txt", name + ".html"))
        .collect(Collectors.toSet());

    assertThat(expected).allSatisfy(file ->
        assertThat(getClass().getClassLoader().getResource(MailTemplates.DEFAULTS + file)).as(file).isNotNull());
  }

  @Test
  void customerTextIsEscapedInHtmlAndVerbatimInText() {
    String subject = "<script>alert('x')</script> & \"quotes\"";
    MailTemplates.Rendered mail = BUILT_IN.render(acknowledgement(subject, "Olivia <b>Ops</b>"));

    assertThat(mail.text())
        .contains("Subject:     <script>alert('x')</script> & \"quotes\"")
        .startsWith("Hello Olivia <b>Ops</b>,");
    assertThat(mail.html())
        .doesNotContain("<script>").doesNotContain("<b>Ops</b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
        .contains("Olivia &lt;b&gt;Ops&lt;/b&gt;");
    MailTemplates.Rendered status = BUILT_IN.render(CaseMails.statusUpdate(openCase("Down", "<img src=x onerror=alert(1)>"), 1));
    assertThat(status.html()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(status.text()).contains("<img src=x onerror=alert(1)>");
  }

  @Test
  void aTenantsOwnTemplateWinsForThatTenantOnlyAndEachFileFallsBackOnItsOwn() throws IOException {
    write("acme/acknowledgement.txt", "Dear [(${reporterName})], case [(${caseNumber})] is ours now.");
    write("acme/closure.html", "<p>Closed: <b th:text=\"${caseNumber}\">n</b></p>");
    MailTemplates templates = tenantTemplates();
    OutgoingMail globexAck = forTenant("globex", ACK);

    assertThat(templates.render(ACK).text()).isEqualTo("Dear Olivia Ops, case ACME-000042 is ours now.");
    assertThat(templates.render(ACK).html()).isEqualTo(BUILT_IN.render(ACK).html());
    assertThat(templates.render(globexAck)).isEqualTo(BUILT_IN.render(globexAck));
    OutgoingMail closure = CaseMails.closure(openCase("Checkout is down", null), activity(CaseEvent.Kind.CLOSED, null));
    assertThat(templates.render(closure).html()).isEqualTo("<p>Closed: <b>ACME-000042</b></p>");
    assertThat(templates.render(closure).text()).isEqualTo(BUILT_IN.render(closure).text());
  }

  @Test
  void aBrokenTenantTemplateGivesWayToTheBuiltInOneSoTheMailStillGoes() throws IOException {
    write("acme/acknowledgement.txt", "Case [(${caseNumber.noSuchProperty()})] received.");
    write("acme/acknowledgement.html", "<p th:text=\"${caseNumber\">unclosed expression</p>");
    MailTemplates templates = tenantTemplates();

    assertThat(templates.render(ACK)).isEqualTo(BUILT_IN.render(ACK));
  }

  @Test
  void aTemplateDroppedInLaterCountsFromTheNextMail() throws IOException {
    MailTemplates templates = tenantTemplates();
    assertThat(templates.render(ACK).text()).startsWith("Hello Olivia Ops,");

    write("acme/acknowledgement.txt", "Received [(${caseNumber})].");

    assertThat(templates.render(ACK).text()).isEqualTo("Received ACME-000042.");
  }

  @Test
  void aTenantIdThatIsNoPlainFolderNameGetsTheBuiltInTemplates() throws IOException {
    write("acknowledgement.txt", "outside any tenant folder");
    write("acme/acknowledgement.txt", "acme's own");
    MailTemplates templates = new MailTemplates(tenants.resolve("acme"), Duration.ofMinutes(1));

    for (String tenant : List.of("..", "../acme", "acme/..", "", ".hidden")) {
      assertThat(templates.render(forTenant(tenant, ACK)).text()).as(tenant).startsWith("Hello Olivia Ops,");
    }
  }

  private void write(String file, String content) throws IOException {
    Path path = tenants.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }

  private static OutgoingMail forTenant(String tenantId, OutgoingMail m) {
    return new OutgoingMail(tenantId, m.notificationId(), m.kind(), m.messageId(), m.recipient(), m.subject(),
        m.fields(), m.inReplyTo());
  }
}
