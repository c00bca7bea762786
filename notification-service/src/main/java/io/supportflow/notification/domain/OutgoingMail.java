package io.supportflow.notification.domain;

import java.util.Objects;

/**
 * One mail to send. notificationId names it (caseId:KIND), so it is sent at most once; messageId is
 * derived from it, so a resend after a crash carries the same Message-ID header.
 */
public record OutgoingMail(
    String notificationId,
    NotificationKind kind,
    String messageId,
    String recipient,
    String subject,
    String body) {

  public OutgoingMail {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
