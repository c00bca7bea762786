package io.supportflow.notification.application;

import io.supportflow.notification.domain.AcknowledgementMail;
import java.time.Clock;
import java.util.Optional;

/**
 * Acknowledges a decided request to its reporter, entitled or not, at most once per case: a
 * redelivered decision gets the stored outcome back and nothing is sent.
 */
public final class AcknowledgeRequest {

  private final MailDelivery delivery;

  public AcknowledgeRequest(Outbox outbox, Notifier notifier, Clock clock) {
    this.delivery = new MailDelivery(outbox, notifier, clock);
  }

  /** The outcome, or empty when there is nobody to write to. */
  public Optional<NotificationSent> acknowledge(EntitlementNotice notice) {
    return AcknowledgementMail.forRequest(notice.tenantId(), notice.request()).map(mail -> delivery.deliverOnce(
        notice.tenantId(), notice.request().caseId(), notice.request().caseNumber(),
        notice.decisionEventId(), mail));
  }
}
