package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotificationKind;
import java.time.Instant;

/** A mail handed to the mail server, as announced: the outcome event of one notification. */
public record NotificationSent(
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
    int attempts) implements DeliveryAttempt {}
