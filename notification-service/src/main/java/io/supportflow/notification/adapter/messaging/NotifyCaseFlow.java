package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.notification.application.AcknowledgeRequest;
import io.supportflow.notification.application.CasesOfAPoll;
import io.supportflow.notification.application.EntitlementNotice;
import io.supportflow.notification.application.NotifyCaseChanges;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.schemas.delivery.PollBatch;
import io.supportflow.timeline.messaging.PartitionedFlow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity + sla.events + escalation.events -> mails and
 * notification.events. One binding reads all four so Kafka gives this instance the same partition
 * numbers of each: a case's events and its status-mail timers are all handled here. A mail the
 * server does not take waits in the outbox (MailDelivery), so it fails no event.
 *
 * <p>A poll's events are handled in order over the poll's cases read once and written once
 * ({@link CasesOfAPoll}), through PollBatch; each in the trace of its record and with its case in
 * the log context, as a record binding would.
 */
public final class NotifyCaseFlow implements Consumer<Message<List<Object>>> {

  private final AcknowledgeRequest acknowledgeRequest;
  private final NotifyCaseChanges caseChanges;
  private final StatusCadence cadence;
  private final KafkaNotificationEvents events;
  private final CaseTraces traces;
  private IncidentMailFlow incidentMails;

  public NotifyCaseFlow(AcknowledgeRequest acknowledgeRequest, NotifyCaseChanges caseChanges,
      StatusCadence cadence, KafkaNotificationEvents events, CaseTraces traces) {
    this.acknowledgeRequest = acknowledgeRequest;
    this.caseChanges = caseChanges;
    this.cadence = cadence;
    this.events = events;
    this.traces = traces;
  }

  /**
   * The same flow, also reading intake.incidents: each update of a major incident is mailed to the
   * linked case's reporter ({@link IncidentMailFlow}).
   */
  public NotifyCaseFlow with(IncidentMailFlow incidentMails) {
    this.incidentMails = incidentMails;
    return this;
  }

  @Override
  public void accept(Message<List<Object>> poll) {
    PollBatch.handle(poll, SpecificRecord.class, this::notify);
  }

  private List<Void> notify(List<PollBatch.Delivered<SpecificRecord>> records) {
    Set<String> caseIds = new LinkedHashSet<>();
    for (PollBatch.Delivered<SpecificRecord> record : records) {
      String caseId = CaseLogContext.text(record.payload(), "caseId");
      if (caseId != null) { // an event without one is not handled, and fails alone below
        caseIds.add(caseId);
      }
    }
    CasesOfAPoll cases = caseChanges.inPoll(caseIds);
    PartitionedFlow byType = flowOver(cases.changes());
    // The poll's outcome events are confirmed together before its cases are saved; should one be
    // refused, nothing is saved and the redo announces the outcomes the outbox holds again.
    ConfirmedSends.together(() -> {
      for (PollBatch.Delivered<SpecificRecord> record : records) {
        try (var log = CaseLogContext.openFor(record.payload());
            var trace = traces.continueTrace(record.header("traceparent"), "batch", "notify")) {
          byType.handle(record.payload(), record.partition());
        }
      }
    });
    cases.commit();
    return List.of();
  }

  private PartitionedFlow flowOver(NotifyCaseChanges changes) {
    PartitionedFlow byType = new PartitionedFlow("notification-service")
        .on(EntitlementDecided.class, (decided, p) -> {
          if (decided.getVersion() > 1) {
            // A re-decision of a case followed: one mail for its version, the cadence from then on.
            var outcomes = changes.redecided(NotificationEvents.reDecision(decided, cadence));
            if (outcomes.isPresent()) {
              outcomes.get().forEach(events::publish);
              return;
            }
          }
          // Acknowledged first: neither a status mail nor an early resolution may overtake it.
          EntitlementNotice notice = NotificationEvents.fromEvent(decided);
          acknowledgeRequest.acknowledge(notice).ifPresent(events::publish);
          acknowledgeRequest.unmailable(notice).ifPresent(events::publish);
          changes.decided(NotificationEvents.notifiedCase(decided, p, cadence)).forEach(events::publish);
        })
        .on(CaseActivityRecorded.class, (activity, p) ->
            changes.activity(NotificationEvents.caseEvent(activity)).ifPresent(events::publish))
        .on(SlaClockChanged.class, (change, p) ->
            NotificationEvents.slaAlert(change).flatMap(changes::slaAlert).ifPresent(events::publish))
        .on(EscalationRaised.class, (raised, p) ->
            changes.escalated(NotificationEvents.escalation(raised)).ifPresent(events::publish));
    if (incidentMails != null) {
      byType.on(IncidentActivityRecorded.class, (update, p) -> incidentMails.accept(update));
    }
    return byType;
  }
}
