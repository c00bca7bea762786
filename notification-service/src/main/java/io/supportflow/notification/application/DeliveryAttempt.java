package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotificationKind;
import java.time.Instant;

/** What a sent and a failed delivery both tell: which mail of which case went to whom, after how many attempts. */
public interface DeliveryAttempt {

  String eventId();

  Instant occurredAt();

  String tenantId();

  String caseId();

  String caseNumber();

  String notificationId();

  NotificationKind kind();

  String recipient();

  String subject();

  String messageId();

  int attempts();
}
