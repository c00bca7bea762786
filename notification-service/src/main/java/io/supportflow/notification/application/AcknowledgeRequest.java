package io.supportflow.notification.application;

import io.supportflow.notification.domain.AcknowledgementMail;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.ReceivedRequest;
import java.time.Clock;
import java.util.Optional;

/**
 * Acknowledges a decided request to its reporter, entitled or not, at most once per case: a
 * redelivered decision gets the stored outcome back and nothing is sent.
 */
public record AcknowledgeRequest(MailDelivery delivery, Clock clock) {

  public AcknowledgeRequest(Outbox outbox, Notifier notifier, Clock clock) {
    this(new MailDelivery(outbox, notifier, clock), clock);
  }

  /** The outcome to announce, or empty when there is nobody to write to (or the mail waits for its next try). */
  public Optional<DeliveryAttempt> acknowledge(EntitlementNotice notice) {
    return AcknowledgementMail.forRequest(notice.tenantId(), notice.request()).flatMap(mail -> delivery.deliverOnce(
        notice.tenantId(), notice.request().caseId(), notice.request().caseNumber(),
        notice.decisionEventId(), mail));
  }

  /**
   * The acknowledgement that could not be mailed because the reporter left no e-mail address (a
   * caller known by phone only; SMS is not offered), as a FAILED outcome the agents see on the case,
   * so someone calls back. Empty when there is an address. Its event id is the case's: a redelivered
   * decision records the same fact again, which readers skip.
   */
  public Optional<NotificationFailed> unmailable(EntitlementNotice notice) {
    ReceivedRequest r = notice.request();
    if (AcknowledgementMail.forRequest(notice.tenantId(), r).isPresent()) {
      return Optional.empty();
    }
    String notificationId = r.caseId() + ":" + NotificationKind.ACKNOWLEDGEMENT;
    return Optional.of(new NotificationFailed(MailDelivery.eventIdFor(notificationId, "UNMAILABLE"), clock.instant(),
        notice.tenantId(), r.caseId(), r.caseNumber(), notificationId, NotificationKind.ACKNOWLEDGEMENT, "",
        AcknowledgementMail.subject(r), null, 0, UNMAILABLE));
  }

  static final String UNMAILABLE = "The reporter left no e-mail address, so the acknowledgement could not be mailed"
      + " (SMS is not offered): tell them by phone.";
}
