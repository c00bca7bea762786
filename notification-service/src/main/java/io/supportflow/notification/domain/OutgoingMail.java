package io.supportflow.notification.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One mail to send: who gets it, its subject and what it says as named fields, which the tenant's
 * templates lay out as plain text and HTML. notificationId names it (caseId:KIND[:cause]), so it is
 * sent at most once; messageId is derived from it, so a resend after a crash carries the same
 * Message-ID header. inReplyTo is the Message-ID the mail threads under (the case's
 * acknowledgement), or null. fields holds no null values: a field that does not apply is absent.
 */
public record OutgoingMail(
    String tenantId,
    String notificationId,
    NotificationKind kind,
    String messageId,
    String recipient,
    String subject,
    Map<String, String> fields,
    String inReplyTo) {

  public OutgoingMail {
    Required.present("tenantId, notificationId, kind, messageId, recipient, subject",
        tenantId, notificationId, kind, messageId, recipient, subject);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
  }

  /**
   * The RFC 3834 Auto-Submitted value the mail carries, so that responders and our own intake never
   * answer it: "auto-replied" for what answers a person's request (the acknowledgement, status
   * updates on it), "auto-generated" for everything the desk sends on its own.
   */
  public String autoSubmitted() {
    return kind == NotificationKind.ACKNOWLEDGEMENT || kind == NotificationKind.STATUS_UPDATE
        ? "auto-replied" : "auto-generated";
  }

  /** The mail of a notification on a case, threaded under the case's acknowledgement. */
  public static OutgoingMail onCase(String tenantId, String caseId, NotificationKind kind, String cause,
      String recipient, String subject, Map<String, String> fields) {
    String id = caseId + ":" + kind + ":" + cause;
    return new OutgoingMail(tenantId, id, kind, messageIdOf(id), recipient, subject, fields,
        messageIdOf(caseId + ":" + NotificationKind.ACKNOWLEDGEMENT));
  }

  /** Message-IDs follow from notification ids: caseId:KIND:cause -> <caseId.KIND.cause@supportflow>. */
  public static String messageIdOf(String notificationId) {
    return "<" + notificationId.replace(':', '.') + "@supportflow>";
  }

  /** Fields from name/value pairs in order; a null value leaves its field out. */
  public static Map<String, String> fields(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("fields come in name/value pairs");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        fields.put(namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return fields;
  }
}
