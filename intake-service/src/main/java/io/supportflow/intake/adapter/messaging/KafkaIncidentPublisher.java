package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.Reporter;
import io.supportflow.intake.application.incidents.IncidentPublisher;
import io.supportflow.intake.domain.incident.IncidentNotice;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.schemas.CaseEventHead;
import org.springframework.cloud.stream.function.StreamBridge;

/** Announces what a linked case is told of its incident on intake.incidents, keyed by case id; synchronous, so failures throw. */
public record KafkaIncidentPublisher(StreamBridge streamBridge) implements IncidentPublisher {

  static final String BINDING = "incidents-out-0";

  @Override
  public void announce(String tenantId, IncidentNotice notice) {
    try (var log = CaseLogContext.open(tenantId, notice.caseId(), notice.caseNumber())) {
      ConfirmedSends.send(streamBridge, BINDING, toEvent(tenantId, notice), () -> "intake.incidents refused "
          + notice.kind() + " of incident " + notice.incidentId() + " for case " + notice.caseNumber());
    }
  }

  static IncidentActivityRecorded toEvent(String tenantId, IncidentNotice n) {
    var head = new CaseEventHead(n.eventId(), n.at(), tenantId, n.caseId(), n.caseNumber());
    var r = n.reporter();
    return IncidentActivityRecorded.newBuilder(head.on(new IncidentActivityRecorded()))
        .setIncidentId(n.incidentId())
        .setIncidentEventId(n.incidentEventId())
        .setActivity(IncidentActivity.valueOf(n.kind().name()))
        .setTitle(n.title())
        .setIncidentStatus(n.status().name())
        .setPreviousStatus(n.previousStatus() == null ? null : n.previousStatus().name())
        .setMessage(n.message())
        .setActor(n.actor())
        .setLinkReason(n.linkReason() == null ? null : n.linkReason().name())
        .setLinkedCases(n.linkedCases())
        .setReporter(r == null ? null : new Reporter(r.name(), r.email(), r.phone()))
        .build();
  }
}
