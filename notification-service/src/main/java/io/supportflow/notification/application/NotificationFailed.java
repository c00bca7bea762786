package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotificationKind;
import java.time.Instant;

/** A delivery attempt the mail server did not take, after the retries: the FAILED outcome event. */
public record NotificationFailed(
    String eventId,
    Instant occurredAt,
    String tenantId,
    String caseId,
    String caseNumber,
    String notificationId,
    NotificationKind kind,
    String recipient,
    String subject,
    String messageId,
    int attempts,
    String failureReason) implements DeliveryAttempt {}
