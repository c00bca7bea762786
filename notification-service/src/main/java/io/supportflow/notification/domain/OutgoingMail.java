package io.supportflow.notification.domain;

import java.util.Objects;

/**
 * One mail to send. notificationId names it (caseId:KIND[:cause]), so it is sent at most once;
 * messageId is derived from it, so a resend after a crash carries the same Message-ID header.
 * inReplyTo is the Message-ID the mail threads under (the case's acknowledgement), or null.
 */
public record OutgoingMail(
    String notificationId,
    NotificationKind kind,
    String messageId,
    String recipient,
    String subject,
    String body,
    String inReplyTo) {

  public OutgoingMail {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }

  /** A mail that starts a thread. */
  public OutgoingMail(String notificationId, NotificationKind kind, String messageId, String recipient,
      String subject, String body) {
    this(notificationId, kind, messageId, recipient, subject, body, null);
  }

  /** The mail of a notification on a case, threaded under the case's acknowledgement. */
  public static OutgoingMail onCase(String caseId, NotificationKind kind, String cause, String recipient,
      String subject, String body) {
    String id = caseId + ":" + kind + ":" + cause;
    return new OutgoingMail(id, kind, messageIdOf(id), recipient, subject, body,
        messageIdOf(caseId + ":" + NotificationKind.ACKNOWLEDGEMENT));
  }

  /** Message-IDs follow from notification ids: caseId:KIND:cause -> <caseId.KIND.cause@supportflow>. */
  public static String messageIdOf(String notificationId) {
    return "<" + notificationId.replace(':', '.') + "@supportflow>";
  }
}
