package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.EntitlementNotice;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.timeline.messaging.PartitionedFlow;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity + sla.events + escalation.events -> mails and
 * notification.events. One binding reads all four so Kafka gives this instance the same partition
 * numbers of each: a case's events and its status-mail timers are all handled here. A mail the
 * server does not take waits in the outbox (MailDelivery), so it fails no event.
 */
public final class NotifyCaseFlow implements Consumer<Message<SpecificRecord>> {

  private final PartitionedFlow byType;

  public NotifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges caseChanges,
      StatusCadence cadence, KafkaNotificationEvents events) {
    this.byType = new PartitionedFlow("notification-service")
        .on(EntitlementDecided.class, (decided, p) -> {
          if (decided.getVersion() > 1) {
            // A re-decision of a case followed: one mail for its version, the cadence from then on.
            var outcomes = caseChanges.redecided(NotificationEvents.reDecision(decided, cadence));
            if (outcomes.isPresent()) {
              outcomes.get().forEach(events::publish);
              return;
            }
          }
          // Acknowledged first: neither a status mail nor an early resolution may overtake it.
          EntitlementNotice notice = NotificationEvents.fromEvent(decided);
          acknowledgeRequest.acknowledge(notice).ifPresent(events::publish);
          acknowledgeRequest.unmailable(notice).ifPresent(events::publish);
          caseChanges.decided(NotificationEvents.notifiedCase(decided, p, cadence)).forEach(events::publish);
        })
        .on(CaseActivityRecorded.class, (activity, p) ->
            caseChanges.activity(NotificationEvents.caseEvent(activity)).ifPresent(events::publish))
        .on(SlaClockChanged.class, (change, p) ->
            NotificationEvents.slaAlert(change).flatMap(caseChanges::slaAlert).ifPresent(events::publish))
        .on(EscalationRaised.class, (raised, p) ->
            caseChanges.escalated(NotificationEvents.escalation(raised)).ifPresent(events::publish));
  }

  /**
   * The same flow, also reading intake.incidents: each update of a major incident is mailed to the
   * linked case's reporter ({@link IncidentMailFlow}).
   */
  public NotifyCaseFlow with(IncidentMailFlow incidentMails) {
    byType.on(IncidentActivityRecorded.class, (update, p) -> incidentMails.accept(update));
    return this;
  }

  @Override
  public void accept(Message<SpecificRecord> message) {
    byType.accept(message);
  }
}
