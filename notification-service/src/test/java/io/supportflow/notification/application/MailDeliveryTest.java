package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:15:04Z");
  private static final OutgoingMail RESOLUTION = OutgoingMail.onCase("acme", "case-1", NotificationKind.RESOLUTION,
      "activity-9", "ops@northwind.example", "[ACME-000042] Your request has been resolved: Checkout is down",
      OutgoingMail.fields("caseNumber", "ACME-000042", "subject", "Checkout is down"));

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final FlakyNotifier notifier = new FlakyNotifier("Connection refused");
  private final MailDelivery delivery = new MailDelivery(outbox, notifier, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aServiceKilledBetweenSendAndRecordResendsWithTheSameMessageIdAndEndsSentOnce() {
    outbox.crashOnNextMarkSent = true;

    assertThatThrownBy(() -> deliver()).hasMessage("killed before the record");
    NotificationSent sent = deliver();

    assertThat(notifier.sent).extracting(OutgoingMail::messageId)
        .containsExactly("<case-1.RESOLUTION.activity-9@supportflow>", "<case-1.RESOLUTION.activity-9@supportflow>");
    assertThat(notifier.sent.getFirst().inReplyTo()).isEqualTo("<case-1.ACKNOWLEDGEMENT@supportflow>");
    assertThat(outbox.sent).containsOnlyKeys("case-1:RESOLUTION:activity-9");
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(deliver()).isEqualTo(sent);
    assertThat(notifier.sent).hasSize(2);
  }

  @Test
  void aMailServerThatStaysDownGivesAFailedOutcomeWithTheReasonAndTheEntryStaysPending() {
    notifier.failuresLeft = 1;

    assertThatThrownBy(() -> deliver())
        .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.failure())
            .extracting(NotificationFailed::attempts, NotificationFailed::failureReason, NotificationFailed::notificationId)
            .containsExactly(1, "Connection refused", "case-1:RESOLUTION:activity-9"));
    assertThat(outbox.failures).containsExactly("Connection refused");
    assertThat(outbox.sent).isEmpty();

    assertThat(deliver().attempts()).isEqualTo(2);
    assertThat(notifier.sent).hasSize(1);
  }

  @Test
  void aMailGivenUpAfterTheLastAttemptIsMarkedSoAndAReplaySendsItOnce() {
    notifier.failuresLeft = 3;
    for (int attempt = 1; attempt <= 3; attempt++) {
      DeliveryFailedException failed = catchThrowableOfType(DeliveryFailedException.class, this::deliver);
      if (attempt == 3) {
        delivery.giveUp(failed.failure());
      }
    }
    assertThat(outbox.givenUp).containsExactly("case-1:RESOLUTION:activity-9 after 3: Connection refused");

    NotificationSent replayed = deliver();
    NotificationSent replayedAgain = deliver();

    assertThat(replayed.attempts()).isEqualTo(4);
    assertThat(replayedAgain).isEqualTo(replayed);
    assertThat(notifier.sent).hasSize(1);
  }

  private NotificationSent deliver() {
    return delivery.deliverOnce("acme", "case-1", "ACME-000042", "activity-9", RESOLUTION);
  }
}
