package io.supportflow.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.Reporter;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.schemas.CaseEventHead;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A major incident's update, as intake tells each linked case of it on intake.incidents, becomes
 * one mail per case to its reporter in the real mail server (once, however often the event comes),
 * through the outbox; a reporter without an address is a FAILED outcome; links and status changes
 * are not mailed. Against the real broker, registry, Mongo wire server and GreenMail; the context is
 * closed afterwards, so it never consumes beside another test class's context of the same group.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(properties = "supportflow.mongodb.database=notification-incident-test")
@OnTestStack
class IncidentMailFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final Instant POSTED = Instant.parse("2026-11-24T09:40:00Z");

  @Autowired MongoDatabase database;

  @Test
  void anUpdateIsMailedToEveryLinkedCasesReporterOnceEachAndOnlyTheUpdateIsMailed() throws Exception {
    String incidentId = UUID.randomUUID().toString();
    String updateId = UUID.randomUUID().toString();
    String ann = address("ann");
    String bob = address("bob");
    List<IncidentActivityRecorded> updates = List.of(
        update(incidentId, updateId, "ACME-000101", new Reporter("Ann Alert", ann, null)),
        update(incidentId, updateId, "ACME-000102", new Reporter(null, bob, null)),
        update(incidentId, updateId, "ACME-000103", new Reporter("Phil Phone", null, "+31201234567")));
    IncidentActivityRecorded linked = IncidentActivityRecorded.newBuilder(updates.getFirst())
        .setEventId(UUID.randomUUID().toString()).setActivity(IncidentActivity.LINKED).setMessage(null)
        .setLinkReason("AGENT").build();

    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(linked);
      updates.forEach(STACK::publish);

      List<NotificationAttempted> outcomes = events.await(NotificationAttempted.class,
          e -> e.getKind() == NotificationKind.INCIDENT_UPDATE && caseOf(updates, e.getCaseId()), 3, DEADLINE);

      assertThat(outcomes).filteredOn(e -> e.getOutcome() == NotificationOutcome.SENT)
          .extracting(NotificationAttempted::getRecipient).containsExactlyInAnyOrder(ann, bob);
      assertThat(outcomes).filteredOn(e -> e.getOutcome() == NotificationOutcome.FAILED).singleElement()
          .satisfies(e -> {
            assertThat(e.getCaseNumber()).isEqualTo("ACME-000103");
            assertThat(e.getFailureReason()).contains("no e-mail address");
            assertThat(e.getSubject()).isEqualTo("[ACME-000103] Update on incident: Payment provider outage");
          });
      assertThat(outcomes).allSatisfy(e -> assertThat(e.getNotificationId())
          .isEqualTo(e.getCaseId() + ":INCIDENT_UPDATE:" + eventOf(updates, e.getCaseId())));

      MimeMessage toAnn = single(mailsTo(ann));
      assertThat(toAnn.getSubject()).isEqualTo("[ACME-000101] Update on incident: Payment provider outage");
      assertThat(toAnn.getHeader("In-Reply-To")[0])
          .isEqualTo("<" + updates.getFirst().getCaseId() + ".ACKNOWLEDGEMENT@supportflow>");
      assertThat(text(toAnn)).startsWith("Hello Ann Alert,")
          .contains("Your case ACME-000101 is part of an incident we are working on: Payment provider outage.")
          .contains("Status: IDENTIFIED").contains("Posted: 24 November 2026, 09:40 UTC")
          .contains("The provider is down; we switch to the fallback <now>.");
      assertThat(html(toAnn)).contains("fallback &lt;now&gt;.");
      assertThat(text(single(mailsTo(bob)))).startsWith("Hello,");

      // Redelivered (a consumer restart, a replay): the stored outcome again, and no second mail.
      updates.forEach(STACK::publish);
      events.await(NotificationAttempted.class,
          e -> e.getKind() == NotificationKind.INCIDENT_UPDATE && caseOf(updates, e.getCaseId()), 6, DEADLINE);
      assertThat(mailsTo(ann)).hasSize(1);
      assertThat(mailsTo(bob)).hasSize(1);
      assertThat(events.rawWithin(Duration.ofMillis(500))).filteredOn(r -> r.key().equals(linked.getCaseId()))
          .as("the update's outcome, twice; the link is not mailed").hasSize(2);
      assertThat(database.getCollection("outbox").countDocuments(
          Filters.eq("_id", updates.getFirst().getCaseId() + ":INCIDENT_UPDATE:" + updates.getFirst().getEventId())))
          .isEqualTo(1);
    }
  }

  private static IncidentActivityRecorded update(String incidentId, String updateId, String caseNumber,
      Reporter reporter) {
    String caseId = UUID.randomUUID().toString();
    String eventId = UUID.nameUUIDFromBytes((updateId + ":" + caseId).getBytes(StandardCharsets.UTF_8)).toString();
    var head = new CaseEventHead(eventId, POSTED, "acme", caseId, caseNumber);
    return IncidentActivityRecorded.newBuilder(head.on(new IncidentActivityRecorded()))
        .setIncidentId(incidentId)
        .setIncidentEventId(updateId)
        .setActivity(IncidentActivity.UPDATE_POSTED)
        .setTitle("Payment provider outage")
        .setIncidentStatus("IDENTIFIED")
        .setPreviousStatus("INVESTIGATING")
        .setMessage("The provider is down; we switch to the fallback <now>.")
        .setActor("ina")
        .setLinkedCases(3)
        .setReporter(reporter)
        .build();
  }

  private static boolean caseOf(List<IncidentActivityRecorded> events, String caseId) {
    return events.stream().anyMatch(e -> e.getCaseId().equals(caseId));
  }

  private static String eventOf(List<IncidentActivityRecorded> events, String caseId) {
    return events.stream().filter(e -> e.getCaseId().equals(caseId)).findFirst().orElseThrow().getEventId();
  }

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return Arrays.stream(STACK.mail().getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(recipient);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.getFirst();
  }

  private static String text(MimeMessage mail) throws MessagingException, IOException {
    return part(mail, 0);
  }

  private static String html(MimeMessage mail) throws MessagingException, IOException {
    return part(mail, 1);
  }

  private static String part(MimeMessage mail, int index) throws MessagingException, IOException {
    return ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent().toString();
  }
}
