package io.supportflow.notification.domain;

import static io.supportflow.notification.domain.AcknowledgementMail.blankToNull;
import static io.supportflow.notification.domain.OutgoingMail.fields;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail that tells a linked case's reporter of an update of its major incident: one per case and
 * update, titled "[case number] Update on incident: title", threaded under the case's
 * acknowledgement like every mail about the case, so a reply lands in that case. Fields:
 * reporterName (absent when unknown), caseNumber, subject (the mail's title), title, status,
 * message, posted (UTC).
 */
public final class IncidentMail {

  static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private IncidentMail() {}

  /** The mail, or empty when the reporter left no address to write to. */
  public static Optional<OutgoingMail> update(IncidentUpdate u) {
    if (u.reporterEmail() == null || u.reporterEmail().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(OutgoingMail.onCase(u.tenantId(), u.caseId(), NotificationKind.INCIDENT_UPDATE, u.eventId(),
        u.reporterEmail(), subject(u), fields(
            "reporterName", blankToNull(u.reporterName()),
            "caseNumber", u.caseNumber(),
            "subject", subject(u),
            "title", u.title(),
            "status", u.status(),
            "message", u.message() == null ? "" : u.message(),
            "posted", POSTED.format(u.postedAt().atZone(ZoneOffset.UTC)))));
  }

  /** The mail's subject, also what an agent sees when it could not be mailed. */
  public static String subject(IncidentUpdate u) {
    return "[" + u.caseNumber() + "] Update on incident: " + u.title();
  }

  /** The notification of the update on the case: caseId:INCIDENT_UPDATE:eventId. */
  public static String notificationId(IncidentUpdate u) {
    return u.caseId() + ":" + NotificationKind.INCIDENT_UPDATE + ":" + u.eventId();
  }
}
