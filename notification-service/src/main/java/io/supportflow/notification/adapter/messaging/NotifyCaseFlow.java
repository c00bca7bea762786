package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.DeliveryFailedException;
import io.supportflow.notification.application.EntitlementNotice;
import io.supportflow.notification.application.MailDelivery;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.timeline.messaging.PartitionedFlow;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity + sla.events + escalation.events -> mails and
 * notification.events. One binding reads all four so Kafka gives this instance the same partition
 * numbers of each: a case's events and its status-mail timers are all handled here.
 */
public final class NotifyCaseFlow implements Consumer<Message<SpecificRecord>> {

  private final PartitionedFlow byType;
  private final MailDelivery delivery;
  private final KafkaNotificationEvents events;
  private final int maxAttempts;

  /** @param maxAttempts the binding's max-attempts: the delivery after which the binder dead-letters the event */
  public NotifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges caseChanges, MailDelivery delivery,
      StatusCadence cadence, KafkaNotificationEvents events, int maxAttempts) {
    this.delivery = delivery;
    this.events = events;
    this.maxAttempts = maxAttempts;
    this.byType = new PartitionedFlow("notification-service")
        .on(EntitlementDecided.class, (decided, p) -> {
          // Acknowledged first: neither a status mail nor an early resolution may overtake it.
          EntitlementNotice notice = NotificationEvents.fromEvent(decided);
          acknowledgeRequest.acknowledge(notice).ifPresent(events::publish);
          acknowledgeRequest.unmailable(notice).ifPresent(events::publishFailure);
          caseChanges.decided(NotificationEvents.notifiedCase(decided, p, cadence)).forEach(events::publish);
        })
        .on(CaseActivityRecorded.class, (activity, p) ->
            caseChanges.activity(NotificationEvents.caseEvent(activity)).ifPresent(events::publish))
        .on(SlaClockChanged.class, (change, p) ->
            NotificationEvents.slaAlert(change).flatMap(caseChanges::slaAlert).ifPresent(events::publish))
        .on(EscalationRaised.class, (raised, p) ->
            caseChanges.escalated(NotificationEvents.escalation(raised)).ifPresent(events::publish));
  }

  @Override
  public void accept(Message<SpecificRecord> message) {
    try {
      byType.accept(message);
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
}
