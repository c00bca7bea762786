package io.supportflow.notification.application;

import io.supportflow.notification.domain.OutgoingMail;
import java.time.Instant;

/** A mail about to be sent, with the case it is about and the event that caused it. */
public record PendingNotification(
    String tenantId,
    String caseId,
    String caseNumber,
    String causeEventId,
    OutgoingMail mail,
    Instant createdAt) {}
