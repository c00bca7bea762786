package io.supportflow.notification.application;

import io.supportflow.notification.domain.IncidentMail;
import io.supportflow.notification.domain.IncidentUpdate;
import io.supportflow.notification.domain.NotificationKind;
import java.time.Clock;
import java.util.Optional;

/**
 * The status-mail stream of a major incident: each update goes to every linked case's reporter,
 * one mail per case and update (intake tells each case of the update in an event of its own, and
 * the mail is that event's: a redelivered event sends nothing again). The mail goes through the
 * outbox like every other (a mail the server does not take waits there); a reporter without an
 * e-mail address is recorded as a FAILED outcome with the reason, as the acknowledgement is.
 */
public record BroadcastIncidentUpdates(MailDelivery delivery, Clock clock) {

  static final String UNMAILABLE = "The reporter left no e-mail address, so the incident update could not be mailed"
      + " (SMS is not offered): tell them by phone.";

  /** The outcome to announce; empty when the mail waits for its next try (the redelivery announces it). */
  public Optional<DeliveryAttempt> updated(IncidentUpdate update) {
    Optional<io.supportflow.notification.domain.OutgoingMail> mail = IncidentMail.update(update);
    if (mail.isPresent()) {
      return delivery.deliverOnce(update.tenantId(), update.caseId(), update.caseNumber(), update.eventId(), mail.get());
    }
    String notificationId = IncidentMail.notificationId(update);
    return Optional.of(new NotificationFailed(MailDelivery.eventIdFor(notificationId, "UNMAILABLE"), clock.instant(),
        update.tenantId(), update.caseId(), update.caseNumber(), notificationId, NotificationKind.INCIDENT_UPDATE, "",
        IncidentMail.subject(update), null, 0, UNMAILABLE));
  }
}
