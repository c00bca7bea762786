package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.notification.application.EntitlementNotice;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.ReceivedRequest;
import java.time.ZoneId;

/** Avro events to the use case's records and back. */
final class NotificationEvents {

  private NotificationEvents() {}

  static EntitlementNotice fromEvent(EntitlementDecided e) {
    return new EntitlementNotice(
        e.getEventId(),
        e.getTenantId(),
        new ReceivedRequest(
            e.getCaseId(),
            e.getCaseNumber(),
            Priority.valueOf(e.getPriority().name()),
            e.getSubject(),
            e.getReason(),
            e.getReporter().getName(),
            e.getReporter().getEmail(),
            e.getReceivedAt(),
            e.getTerms() == null ? null : ZoneId.of(e.getTerms().getCalendar().getZone())));
  }

  static NotificationAttempted toEvent(NotificationSent s) {
    return NotificationAttempted.newBuilder()
        .setEventId(s.eventId())
        .setOccurredAt(s.occurredAt())
        .setTenantId(s.tenantId())
        .setCaseId(s.caseId())
        .setCaseNumber(s.caseNumber())
        .setNotificationId(s.notificationId())
        .setKind(NotificationKind.valueOf(s.kind().name()))
        .setOutcome(NotificationOutcome.SENT)
        .setRecipient(s.recipient())
        .setSubject(s.subject())
        .setMessageId(s.messageId())
        .setAttempts(s.attempts())
        .setFailureReason(null)
        .build();
  }
}
