package io.supportflow.console.adapter.messaging;

import io.supportflow.console.application.CaseIncidents;
import io.supportflow.console.application.CaseProjection;
import io.supportflow.console.domain.CaseChange;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.schemas.delivery.PollBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.messaging.Message;

/**
 * The seven case topics -> the console's case views (and intake.incidents -> the incident each case
 * is part of). One multiplexed binding reads them all, so a case's events all reach the instance
 * owning its partition number: the single writer of its view. A poll's events are projected
 * together (PollBatch): the views they touch read and written once. An event of another type fails
 * and is dead-lettered with that reason.
 */
public record ProjectCasesFlow(CaseProjection projection, CaseIncidents incidents)
    implements Consumer<Message<List<Object>>> {

  @Override
  public void accept(Message<List<Object>> events) {
    PollBatch.handle(events, SpecificRecord.class, this::project);
  }

  private List<Void> project(List<PollBatch.Delivered<SpecificRecord>> events) {
    List<CaseChange> changes = new ArrayList<>(events.size());
    for (PollBatch.Delivered<SpecificRecord> delivered : events) {
      switch (delivered.payload()) {
        case RequestReceived e -> changes.add(CaseEvents.opened(e));
        case CaseActivityRecorded e -> changes.add(CaseEvents.activity(e));
        case EntitlementDecided e -> changes.add(CaseEvents.decided(e));
        case SlaClockChanged e -> changes.add(CaseEvents.clock(e));
        case CaseDowntimeMeasured e -> changes.add(CaseEvents.downtime(e));
        case EscalationRaised e -> changes.add(CaseEvents.escalation(e));
        case NotificationAttempted e -> changes.add(CaseEvents.mail(e));
        // Kept on its own, beside the view; a redelivery changes nothing.
        case IncidentActivityRecorded e -> incidents.told(CaseEvents.incident(e));
        case SpecificRecord other -> throw new IllegalArgumentException(
            "console-service does not handle " + other.getSchema().getFullName());
      }
    }
    projection.applyAll(changes);
    return List.of();
  }
}
