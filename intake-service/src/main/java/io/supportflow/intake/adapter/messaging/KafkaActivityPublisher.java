package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.ActivityAttachment;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Priority;
import io.supportflow.intake.application.ActivityOnCase;
import io.supportflow.intake.application.ActivityPublisher;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.schemas.CaseEventHead;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Announces case activity on intake.case-activity, keyed by case id; synchronous, so failures throw.
 * An activity the relay announces later is announced in the trace of the request that recorded it,
 * and named in the log context.
 */
public record KafkaActivityPublisher(StreamBridge streamBridge, CaseTraces traces) implements ActivityPublisher {

  static final String BINDING = "case-activity-out-0";

  @Override
  public void announce(ActivityOnCase recorded) {
    try (var log = CaseLogContext.open(recorded.tenantId(), recorded.caseId(), recorded.caseNumber());
        var trace = traces.continueTrace(recorded.traceparent(), "relay", "relay " + BINDING)) {
      ConfirmedSends.send(streamBridge, BINDING, toEvent(recorded), () -> "intake.case-activity refused "
          + recorded.activity().kind() + " on case " + recorded.caseNumber());
    }
  }

  CaseActivityRecorded toEvent(ActivityOnCase recorded) {
    var a = recorded.activity();
    var head = new CaseEventHead(a.eventId(), a.occurredAt(), recorded.tenantId(), recorded.caseId(),
        recorded.caseNumber());
    return CaseActivityRecorded.newBuilder(head.on(new CaseActivityRecorded()))
        .setActivity(CaseActivity.valueOf(a.kind().name()))
        .setActor(a.actor())
        .setVisibleToCustomer(a.visibleToCustomer())
        .setNewPriority(a.newPriority() == null ? null : Priority.valueOf(a.newPriority().name()))
        .setPreviousPriority(a.previousPriority() == null ? null : Priority.valueOf(a.previousPriority().name()))
        .setCustomerConsent(a.customerConsent())
        .setReason(a.reason())
        .setMessage(a.message())
        .setChannel(a.channel())
        .setCorrelationKey(a.correlationKey())
        .setCaseStatus(a.statusAfter().name())
        .setAttachments(a.attachments().stream()
            .map(f -> new ActivityAttachment(f.name(), f.size(), f.contentType(), f.id(), f.declaredType()))
            .toList())
        .build();
  }
}
