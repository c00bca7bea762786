package io.supportflow.notification.application;

import io.supportflow.notification.domain.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Sends a notification once in effect. The outbox entry is the claim: a notification already
 * sent returns its stored outcome and nothing is sent. A send that fails leaves the entry pending
 * with the reason and throws DeliveryFailedException (the FAILED outcome), so the redelivery sends
 * it then, with the same Message-ID; after the last redelivery the caller gives it up.
 */
public final class MailDelivery {

  private final Outbox outbox;
  private final Notifier notifier;
  private final Clock clock;

  public MailDelivery(Outbox outbox, Notifier notifier, Clock clock) {
    this.outbox = outbox;
    this.notifier = notifier;
    this.clock = clock;
  }

  public NotificationSent deliverOnce(String tenantId, String caseId, String caseNumber, String causeEventId,
      OutgoingMail mail) {
    OutboxEntry entry = outbox.open(new PendingNotification(
        tenantId, caseId, caseNumber, causeEventId, mail, clock.instant()));
    if (entry.isSent()) {
      return entry.sent();
    }
    try {
      notifier.send(mail);
    } catch (RuntimeException e) {
      NotificationFailed failed = new NotificationFailed(
          eventIdFor(mail, "FAILED:" + entry.attempts()), clock.instant(), tenantId, caseId, caseNumber,
          mail.notificationId(), mail.kind(), mail.recipient(), mail.subject(), mail.messageId(), entry.attempts(),
          e.getMessage() == null ? e.getClass().getName() : e.getMessage());
      outbox.markFailed(failed);
      throw new DeliveryFailedException(failed, e);
    }
    NotificationSent sent = new NotificationSent(
        eventIdFor(mail, "SENT"), clock.instant(), tenantId, caseId, caseNumber, mail.notificationId(), mail.kind(),
        mail.recipient(), mail.subject(), mail.messageId(), entry.attempts());
    outbox.markSent(sent);
    return sent;
  }

  /**
   * No more attempts will follow this failure (the event goes to the dead-letter topic): the
   * entry is marked FAILED for an operator. A replay of the event may still send it, once.
   */
  public void giveUp(NotificationFailed failed) {
    outbox.markGivenUp(failed);
  }

  // One outcome per notification, whatever happens to the delivery that reports it.
  private static String eventIdFor(OutgoingMail mail, String outcome) {
    return eventIdFor(mail.notificationId(), outcome);
  }

  static String eventIdFor(String notificationId, String outcome) {
    return UUID.nameUUIDFromBytes(("notification:" + notificationId + ":" + outcome).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
