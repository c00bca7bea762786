package io.supportflow.notification.application;

import io.supportflow.notification.domain.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a notification once in effect. The outbox entry is the claim: a notification already
 * sent returns its stored outcome and nothing is sent. A send the mail server does not take is
 * announced as a FAILED outcome with the reason and the mail waits in the outbox for its next try
 * ({@link #retryWaiting}), with the same Message-ID: the event that caused it is handled all the
 * same, so an outage of the mail server delays mail but dead-letters nothing. A mail that can never
 * be sent ({@link MailRefusedException}), or still waits after {@link Redelivery#giveUpAfter}, is
 * given up for an operator. The first mail the server takes after it refused one makes every waiting
 * mail due at once: the server is back, and the back-off would only delay them.
 */
public final class MailDelivery {

  /** How long a leased waiting mail is this instance's to try before another may take it. */
  static final Duration LEASE = Duration.ofMinutes(1);

  private final Outbox outbox;
  private final Notifier notifier;
  private final Clock clock;
  private final Redelivery redelivery;
  private final AtomicBoolean refusedSinceLastSend = new AtomicBoolean();

  public MailDelivery(Outbox outbox, Notifier notifier, Clock clock, Redelivery redelivery) {
    this.outbox = outbox;
    this.notifier = notifier;
    this.clock = clock;
    this.redelivery = redelivery;
  }

  public MailDelivery(Outbox outbox, Notifier notifier, Clock clock) {
    this(outbox, notifier, clock, Redelivery.DEFAULT);
  }

  /**
   * The outcome to announce: SENT (now, or stored from before) or FAILED (the mail waits for its
   * next try); empty when the mail already waits for a try of the redelivery, which will announce it.
   */
  public Optional<DeliveryAttempt> deliverOnce(String tenantId, String caseId, String caseNumber,
      String causeEventId, OutgoingMail mail) {
    PendingNotification pending = new PendingNotification(tenantId, caseId, caseNumber, causeEventId, mail,
        clock.instant());
    OutboxEntry entry = outbox.open(pending);
    if (entry.isSent()) {
      return Optional.of(entry.sent());
    }
    if (entry.waiting()) {
      return Optional.empty();
    }
    return Optional.of(attempt(pending, entry.attempts()));
  }

  /** Tries the waiting mails whose time has come, at most {@code limit}; their outcomes to announce. */
  public List<DeliveryAttempt> retryWaiting(int limit) {
    Instant now = clock.instant();
    List<DeliveryAttempt> outcomes = new ArrayList<>();
    for (WaitingMail waiting : outbox.leaseDue(now, now.plus(LEASE), limit)) {
      outcomes.add(attempt(waiting.notification(), waiting.attempts()));
    }
    return outcomes;
  }

  private DeliveryAttempt attempt(PendingNotification n, int attempts) {
    OutgoingMail mail = n.mail();
    try {
      notifier.send(mail);
    } catch (MailRefusedException e) {
      NotificationFailed refused = failed(n, attempts, e);
      outbox.markGivenUp(refused);
      return refused;
    } catch (RuntimeException e) {
      refusedSinceLastSend.set(true);
      NotificationFailed failed = failed(n, attempts, e);
      if (redelivery.givesUp(n.createdAt(), failed.occurredAt())) {
        outbox.markGivenUp(failed);
      } else {
        outbox.defer(failed, redelivery.nextTry(failed.occurredAt(), attempts));
      }
      return failed;
    }
    NotificationSent sent = new NotificationSent(
        eventIdFor(mail, "SENT"), clock.instant(), n.tenantId(), n.caseId(), n.caseNumber(), mail.notificationId(),
        mail.kind(), mail.recipient(), mail.subject(), mail.messageId(), attempts);
    outbox.markSent(sent);
    if (refusedSinceLastSend.compareAndSet(true, false)) {
      outbox.makeWaitingDue(sent.occurredAt());
    }
    return sent;
  }

  private NotificationFailed failed(PendingNotification n, int attempts, RuntimeException e) {
    OutgoingMail mail = n.mail();
    return new NotificationFailed(eventIdFor(mail, "FAILED:" + attempts), clock.instant(), n.tenantId(), n.caseId(),
        n.caseNumber(), mail.notificationId(), mail.kind(), mail.recipient(), mail.subject(), mail.messageId(),
        attempts, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
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
