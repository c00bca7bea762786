package io.supportflow.notification.application;

import io.supportflow.notification.domain.AcknowledgementMail;
import io.supportflow.notification.domain.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Acknowledges a decided request to its reporter, entitled or not. The outbox makes it at most
 * once per case: a redelivered decision gets the stored outcome back and nothing is sent. A send
 * that fails leaves the entry pending and the exception propagates, so a retry sends it then.
 */
public final class AcknowledgeRequest {

  private final Outbox outbox;
  private final Notifier notifier;
  private final Clock clock;

  public AcknowledgeRequest(Outbox outbox, Notifier notifier, Clock clock) {
    this.outbox = outbox;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The outcome, or empty when there is nobody to write to. */
  public Optional<NotificationSent> acknowledge(EntitlementNotice notice) {
    return AcknowledgementMail.forRequest(notice.request()).map(mail -> deliverOnce(notice, mail));
  }

  private NotificationSent deliverOnce(EntitlementNotice notice, OutgoingMail mail) {
    OutboxEntry entry = outbox.open(new PendingNotification(
        notice.tenantId(), notice.request().caseId(), notice.request().caseNumber(),
        notice.decisionEventId(), mail, clock.instant()));
    if (entry.isSent()) {
      return entry.sent();
    }
    notifier.send(mail);
    NotificationSent sent = new NotificationSent(
        eventIdFor(mail), clock.instant(), notice.tenantId(), notice.request().caseId(),
        notice.request().caseNumber(), mail.notificationId(), mail.kind(), mail.recipient(),
        mail.subject(), mail.messageId(), entry.attempts());
    outbox.markSent(sent);
    return sent;
  }

  // One outcome per notification, whatever happens to the delivery that reports it.
  private static String eventIdFor(OutgoingMail mail) {
    return UUID.nameUUIDFromBytes(
            ("notification:" + mail.notificationId() + ":SENT").getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
