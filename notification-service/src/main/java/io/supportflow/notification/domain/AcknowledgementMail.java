package io.supportflow.notification.domain;

import static io.supportflow.notification.domain.OutgoingMail.fields;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail that tells a reporter their request arrived: the case number to quote, the priority,
 * what they are owed (the decision's reason), when it was received in their contract's zone and
 * when work on it commences: "immediately" when it arrived in covered hours (always, on a 24/7
 * plan), otherwise the start of the next covered period. Decides what the mail says; the tenant's
 * templates say how.
 */
public final class AcknowledgementMail {

  static final String IMMEDIATELY = "immediately";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH);

  private AcknowledgementMail() {}

  /**
   * The acknowledgement, or empty when the reporter gave no address to write to. Fields:
   * reporterName (absent when unknown), caseNumber, subject, priority, received, workStarts
   * ("immediately" or a moment), workDeferred ("true", only when work waits for covered hours), reason.
   */
  public static Optional<OutgoingMail> forRequest(String tenantId, ReceivedRequest r) {
    if (r.reporterEmail() == null || r.reporterEmail().isBlank()) {
      return Optional.empty();
    }
    String notificationId = r.caseId() + ":" + NotificationKind.ACKNOWLEDGEMENT;
    Optional<String> deferredTo = r.workCommences().map(WHEN::format);
    return Optional.of(new OutgoingMail(
        tenantId,
        notificationId,
        NotificationKind.ACKNOWLEDGEMENT,
        OutgoingMail.messageIdOf(notificationId),
        r.reporterEmail(),
        subject(r),
        fields(
            "reporterName", blankToNull(r.reporterName()),
            "caseNumber", r.caseNumber(),
            "subject", r.subject(),
            "priority", r.priority().name(),
            "received", WHEN.format(r.receivedAt().atZone(r.zone())),
            "workStarts", deferredTo.orElse(IMMEDIATELY),
            "workDeferred", deferredTo.map(later -> "true").orElse(null),
            "reason", r.reason()),
        null));
  }

  /** The acknowledgement's subject, also what an agent sees when it could not be mailed. */
  public static String subject(ReceivedRequest r) {
    return "[" + r.caseNumber() + "] We have received your request: " + r.subject();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
