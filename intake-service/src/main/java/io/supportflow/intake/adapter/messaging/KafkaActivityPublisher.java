package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.ActivityAttachment;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.Priority;
import io.supportflow.intake.application.ActivityOnCase;
import io.supportflow.intake.application.ActivityPublisher;
import io.supportflow.schemas.CaseEventHead;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Announces case activity on intake.case-activity, keyed by case id; synchronous, so failures throw. */
public final class KafkaActivityPublisher implements ActivityPublisher {

  static final String BINDING = "case-activity-out-0";

  private final StreamBridge streamBridge;

  public KafkaActivityPublisher(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void announce(ActivityOnCase recorded) {
    if (!streamBridge.send(BINDING, MessageBuilder.withPayload(toEvent(recorded)).build())) {
      throw new IllegalStateException("intake.case-activity refused " + recorded.activity().kind()
          + " on case " + recorded.caseNumber());
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
