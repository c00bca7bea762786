package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.testing.MutableClock;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:15:04Z");
  private static final OutgoingMail RESOLUTION = OutgoingMail.onCase("acme", "case-1", NotificationKind.RESOLUTION,
      "activity-9", "ops@northwind.example", "[ACME-000042] Your request has been resolved: Checkout is down",
      OutgoingMail.fields("caseNumber", "ACME-000042", "subject", "Checkout is down"));
  private static final Redelivery REDELIVERY =
      new Redelivery(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10));

  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final FlakyNotifier notifier = new FlakyNotifier("Connection refused");
  private final MutableClock clock = new MutableClock(NOW);
  private final MailDelivery delivery = new MailDelivery(outbox, notifier, clock, REDELIVERY);

  @Test
  void aServiceKilledBetweenSendAndRecordResendsWithTheSameMessageIdAndEndsSentOnce() {
    outbox.crashOnNextMarkSent = true;

    assertThatThrownBy(() -> deliver()).hasMessage("killed before the record");
    NotificationSent sent = (NotificationSent) deliver().orElseThrow();

    assertThat(notifier.sent).extracting(OutgoingMail::messageId)
        .containsExactly("<case-1.RESOLUTION.activity-9@supportflow>", "<case-1.RESOLUTION.activity-9@supportflow>");
    assertThat(notifier.sent.getFirst().inReplyTo()).isEqualTo("<case-1.ACKNOWLEDGEMENT@supportflow>");
    assertThat(outbox.sent).containsOnlyKeys("case-1:RESOLUTION:activity-9");
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(deliver()).contains(sent);
    assertThat(notifier.sent).hasSize(2);
  }

  @Test
  void aMailTheServerDoesNotTakeIsReportedFailedWithTheReasonAndWaitsForItsNextTry() {
    notifier.failuresLeft = 1;

    assertThat(deliver()).get().isInstanceOfSatisfying(NotificationFailed.class, f -> assertThat(f)
        .extracting(NotificationFailed::attempts, NotificationFailed::failureReason, NotificationFailed::notificationId)
        .containsExactly(1, "Connection refused", "case-1:RESOLUTION:activity-9"));
    assertThat(outbox.waitingUntil).containsEntry("case-1:RESOLUTION:activity-9", NOW.plusSeconds(5));
    assertThat(deliver()).as("the event redelivered: the mail is the redelivery's").isEmpty();

    clock.advance(Duration.ofSeconds(4));
    assertThat(delivery.retryWaiting(10)).as("not due yet").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(delivery.retryWaiting(10)).singleElement()
        .isInstanceOfSatisfying(NotificationSent.class, s -> assertThat(s.attempts()).isEqualTo(2));

    assertThat(notifier.sent).hasSize(1);
    assertThat(delivery.retryWaiting(10)).isEmpty();
    assertThat(deliver()).get().isInstanceOf(NotificationSent.class);
    assertThat(notifier.sent).hasSize(1);
  }

  @Test
  void theFirstMailTheServerTakesAgainMakesEveryWaitingMailDueAtOnce() {
    OutgoingMail closure = OutgoingMail.onCase("acme", "case-2", NotificationKind.CLOSURE, "activity-3",
        "ops@northwind.example", "[ACME-000043] Your request has been closed", OutgoingMail.fields("caseNumber", "ACME-000043"));
    notifier.failuresLeft = 3;
    deliver();
    clock.advance(Duration.ofSeconds(5));
    assertThat(delivery.retryWaiting(10)).singleElement().isInstanceOf(NotificationFailed.class);
    assertThat(outbox.waitingUntil).containsEntry("case-1:RESOLUTION:activity-9", clock.instant().plusSeconds(10));
    assertThat(delivery.deliverOnce("acme", "case-2", "ACME-000043", "activity-3", closure)).get()
        .isInstanceOf(NotificationFailed.class);

    OutgoingMail escalation = OutgoingMail.onCase("acme", "case-3", NotificationKind.CLOSURE, "activity-4",
        "ops@northwind.example", "[ACME-000044] Your request has been closed", OutgoingMail.fields("caseNumber", "ACME-000044"));
    assertThat(delivery.deliverOnce("acme", "case-3", "ACME-000044", "activity-4", escalation)).get()
        .as("the server is back").isInstanceOf(NotificationSent.class);

    assertThat(delivery.retryWaiting(10)).as("both waiting mails are due now, not after their back-off")
        .extracting(DeliveryAttempt::notificationId, a -> a.getClass().getSimpleName())
        .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("case-1:RESOLUTION:activity-9", "NotificationSent"),
            org.assertj.core.api.Assertions.tuple("case-2:CLOSURE:activity-3", "NotificationSent"));
  }

  @Test
  void theWaitDoublesUpToTheLongestAndTheMailIsGivenUpAfterItsTime() {
    notifier.failuresLeft = Integer.MAX_VALUE;
    deliver();

    for (Duration wait : new Duration[] {
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30)}) {
      clock.advance(wait.minusMillis(1));
      assertThat(delivery.retryWaiting(10)).as("before the wait of " + wait).isEmpty();
      clock.advance(Duration.ofMillis(1));
      assertThat(delivery.retryWaiting(10)).as("after the wait of " + wait).hasSize(1);
    }
    clock.advance(Duration.between(clock.instant(), NOW.plus(REDELIVERY.giveUpAfter())));
    assertThat(delivery.retryWaiting(10)).singleElement().isInstanceOf(NotificationFailed.class);

    assertThat(outbox.givenUp).containsExactly("case-1:RESOLUTION:activity-9 after 6: Connection refused");
    assertThat(outbox.waitingUntil).isEmpty();
    assertThat(notifier.sent).isEmpty();
  }

  @Test
  void aMailThatCanNeverBeSentIsGivenUpAtOnceAndAReplayOfItsEventTriesItAgainOnce() {
    Notifier refusing = mail -> {
      throw new MailRefusedException("Cannot build mail: no valid address", null);
    };
    MailDelivery refused = new MailDelivery(outbox, refusing, clock, REDELIVERY);

    assertThat(refused.deliverOnce("acme", "case-1", "ACME-000042", "activity-9", RESOLUTION)).get()
        .isInstanceOf(NotificationFailed.class);
    assertThat(outbox.givenUp).containsExactly(
        "case-1:RESOLUTION:activity-9 after 1: Cannot build mail: no valid address");
    assertThat(outbox.waitingUntil).isEmpty();

    NotificationSent replayed = (NotificationSent) deliver().orElseThrow();
    assertThat(deliver()).contains(replayed);
    assertThat(replayed.attempts()).isEqualTo(2);
    assertThat(notifier.sent).hasSize(1);
  }

  private Optional<DeliveryAttempt> deliver() {
    return delivery.deliverOnce("acme", "case-1", "ACME-000042", "activity-9", RESOLUTION);
  }
}
