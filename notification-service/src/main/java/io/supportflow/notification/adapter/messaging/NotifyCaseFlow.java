package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.DeliveryFailedException;
import io.supportflow.notification.application.MailDelivery;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.domain.StatusCadence;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity + sla.events + escalation.events -> mails and
 * notification.events. One binding reads all four so Kafka gives this instance the same partition
 * numbers of each: a case's events and its status-mail timers are all handled here.
 */
public final class NotifyCaseFlow implements Consumer<Message<SpecificRecord>> {

  private final AcknowledgeRequest acknowledgeRequest;
  private final NotifyCaseChanges caseChanges;
  private final MailDelivery delivery;
  private final StatusCadence cadence;
  private final KafkaNotificationEvents events;
  private final int maxAttempts;

  /** @param maxAttempts the binding's max-attempts: the delivery after which the binder dead-letters the event */
  public NotifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges caseChanges, MailDelivery delivery,
      StatusCadence cadence, KafkaNotificationEvents events, int maxAttempts) {
    this.acknowledgeRequest = acknowledgeRequest;
    this.caseChanges = caseChanges;
    this.delivery = delivery;
    this.cadence = cadence;
    this.events = events;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public void accept(Message<SpecificRecord> message) {
    Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
    int p = partition == null ? 0 : partition;
    try {
      notify(message.getPayload(), p);
    } catch (DeliveryFailedException e) {
      if (deliveryAttempt(message) >= maxAttempts) {
        // The binder dead-letters the event after this: the outbox shows the mail failed, for good
        // unless someone replays the event.
        delivery.giveUp(e.failure());
      }
      // Announce the failure, then fail the delivery: the binder retries it, then dead-letters it.
      events.publishFailure(e.failure());
      throw e;
    }
  }

  // The binder's retry counts deliveries in this header (1 for the first); without retries it is absent.
  private static int deliveryAttempt(Message<?> message) {
    Object attempt = message.getHeaders().get(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT);
    return attempt instanceof Number n ? n.intValue() : 1;
  }

  private void notify(SpecificRecord payload, int p) {
    switch (payload) {
      case EntitlementDecided decided -> {
        // Acknowledged first: neither a status mail nor an early resolution may overtake it.
        acknowledgeRequest.acknowledge(NotificationEvents.fromEvent(decided)).ifPresent(events::publish);
        caseChanges.decided(NotificationEvents.notifiedCase(decided, p, cadence)).forEach(events::publish);
      }
      case CaseActivityRecorded activity ->
          caseChanges.activity(NotificationEvents.caseEvent(activity)).ifPresent(events::publish);
      case SlaClockChanged change -> NotificationEvents.slaAlert(change)
          .flatMap(caseChanges::slaAlert).ifPresent(events::publish);
      case EscalationRaised raised ->
          caseChanges.escalated(NotificationEvents.escalation(raised)).ifPresent(events::publish);
      default -> throw new IllegalArgumentException(
          "notification-service does not handle " + payload.getSchema().getFullName());
    }
  }
}
