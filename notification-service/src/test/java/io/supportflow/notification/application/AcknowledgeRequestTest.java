package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.ReceivedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AcknowledgeRequestTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final Instant NOW = Instant.parse("2026-11-24T09:15:04Z");
  private static final String SENT_EVENT_ID = UUID.nameUUIDFromBytes(
      "notification:case-1:ACKNOWLEDGEMENT:SENT".getBytes(StandardCharsets.UTF_8)).toString();

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final FlakyNotifier notifier = new FlakyNotifier("mail server said no");

  private AcknowledgeRequest useCaseAt(Instant now) {
    return new AcknowledgeRequest(outbox, notifier, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static EntitlementNotice notice(String email) {
    return new EntitlementNotice("decision-1", "acme", new ReceivedRequest(
        "case-1", "ACME-000042", Priority.P1, "Checkout is down", "Covered.", "Olivia Ops", email,
        RECEIVED, ZoneId.of("Europe/Amsterdam")));
  }

  @Test
  void theAcknowledgementIsSentAndReportedAsSentAfterOneAttempt() {
    DeliveryAttempt sent = useCaseAt(NOW).acknowledge(notice("ops@northwind.example")).orElseThrow();

    assertThat(sent).isEqualTo(new NotificationSent(SENT_EVENT_ID, NOW, "acme", "case-1", "ACME-000042",
        "case-1:ACKNOWLEDGEMENT", NotificationKind.ACKNOWLEDGEMENT, "ops@northwind.example",
        "[ACME-000042] We have received your request: Checkout is down",
        "<case-1.ACKNOWLEDGEMENT@supportflow>", 1));
    assertThat(notifier.sent).extracting(OutgoingMail::messageId).containsExactly("<case-1.ACKNOWLEDGEMENT@supportflow>");
    assertThat(outbox.sent).containsEntry("case-1:ACKNOWLEDGEMENT", (NotificationSent) sent);
  }

  @Test
  void aRedeliveredDecisionGetsTheStoredOutcomeAndSendsNothing() {
    DeliveryAttempt first = useCaseAt(NOW).acknowledge(notice("ops@northwind.example")).orElseThrow();

    DeliveryAttempt again = useCaseAt(NOW.plusSeconds(60)).acknowledge(notice("ops@northwind.example")).orElseThrow();

    assertThat(again).isEqualTo(first);
    assertThat(notifier.sent).hasSize(1);
  }

  @Test
  void anAcknowledgementTheServerDoesNotTakeIsReportedFailedWaitsAndIsSentOnceWhenItsTimeComes() {
    notifier.failuresLeft = 1;

    assertThat(useCaseAt(NOW).acknowledge(notice("ops@northwind.example")).orElseThrow())
        .isInstanceOfSatisfying(NotificationFailed.class, f -> assertThat(f.failureReason())
            .isEqualTo("mail server said no"));
    assertThat(outbox.waitingUntil).containsEntry("case-1:ACKNOWLEDGEMENT", NOW.plus(Redelivery.DEFAULT.firstWait()));
    assertThat(useCaseAt(NOW.plusSeconds(1)).acknowledge(notice("ops@northwind.example")))
        .as("a redelivered decision leaves the waiting mail to its redelivery").isEmpty();

    MailDelivery later = new MailDelivery(outbox, notifier, Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
    assertThat(later.retryWaiting(10)).singleElement()
        .isInstanceOfSatisfying(NotificationSent.class, s -> assertThat(s.attempts()).isEqualTo(2));
    assertThat(notifier.sent).hasSize(1);
  }

  @Test
  void aReporterWithoutAnAddressIsNotWrittenToAndTheAgentsAreToldItCouldNotBeMailed() {
    assertThat(useCaseAt(NOW).acknowledge(notice(null))).isEmpty();
    NotificationFailed unmailable = useCaseAt(NOW).unmailable(notice(null)).orElseThrow();
    NotificationFailed again = useCaseAt(NOW.plusSeconds(60)).unmailable(notice(null)).orElseThrow();

    assertThat(notifier.sent).isEmpty();
    assertThat(outbox.attempts).isEmpty();
    assertThat(unmailable.kind()).isEqualTo(NotificationKind.ACKNOWLEDGEMENT);
    assertThat(unmailable.subject()).isEqualTo("[ACME-000042] We have received your request: Checkout is down");
    assertThat(unmailable.attempts()).isZero();
    assertThat(unmailable.failureReason()).contains("no e-mail address").contains("tell them by phone");
    assertThat(again.eventId()).as("one fact, whatever the redeliveries").isEqualTo(unmailable.eventId());
    assertThat(useCaseAt(NOW).unmailable(notice("ops@northwind.example"))).isEmpty();
  }
}
