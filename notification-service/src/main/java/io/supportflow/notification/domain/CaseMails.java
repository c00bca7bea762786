package io.supportflow.notification.domain;

import static io.supportflow.notification.domain.AcknowledgementMail.WHEN;
import static io.supportflow.notification.domain.AcknowledgementMail.blankToNull;
import static io.supportflow.notification.domain.OutgoingMail.fields;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mails about a case after its acknowledgement. Each carries the case number in the subject
 * and threads under the acknowledgement, so replies land in the case at intake. What each says is
 * a set of named fields (listed per mail); the tenant's templates lay them out.
 */
public final class CaseMails {

  private CaseMails() {}

  /**
   * The status mail number n to the reporter. Fields: reporterName, caseNumber, subject, number,
   * status, priority, latestResponse (absent until an agent answered in public).
   */
  public static OutgoingMail statusUpdate(NotifiedCase c, int n) {
    return toReporter(c, NotificationKind.STATUS_UPDATE, String.valueOf(n), "Status update",
        "number", String.valueOf(n),
        "status", c.status(),
        "priority", c.priority().name(),
        "latestResponse", c.latestResponse());
  }

  /** Fields: reporterName, caseNumber, subject, resolutionNote (absent without a public note). */
  public static OutgoingMail resolution(NotifiedCase c, CaseEvent resolved) {
    return toReporter(c, NotificationKind.RESOLUTION, resolved.eventId(), "Your request has been resolved",
        "resolutionNote", resolved.publicResponse());
  }

  /** Fields: reporterName, caseNumber, subject. */
  public static OutgoingMail closure(NotifiedCase c, CaseEvent closed) {
    return toReporter(c, NotificationKind.CLOSURE, closed.eventId(), "Your case is closed");
  }

  /**
   * A mail to the case's reporter, titled "[case number] what: subject", with the fields every
   * such mail has (reporterName, caseNumber, subject) and the mail's own after them.
   */
  private static OutgoingMail toReporter(NotifiedCase c, NotificationKind kind, String causeId, String what,
      String... ownFields) {
    Map<String, String> fields = new LinkedHashMap<>(
        fields("reporterName", blankToNull(c.reporterName()), "caseNumber", c.caseNumber(), "subject", c.subject()));
    fields.putAll(fields(ownFields));
    return OutgoingMail.onCase(c.tenantId(), c.caseId(), kind, causeId, c.reporterEmail(),
        "[" + c.caseNumber() + "] " + what + ": " + c.subject(), fields);
  }

  /**
   * To the manager the escalation matrix names. Fields: personName, caseNumber, priority, level,
   * role, reason.
   */
  public static OutgoingMail escalation(Escalation e) {
    return OutgoingMail.onCase(e.tenantId(), e.caseId(), NotificationKind.ESCALATION, e.eventId(),
        e.personEmail(), "[" + e.caseNumber() + "] Escalation level " + e.level() + " to you as " + e.role(),
        fields(
            "personName", blankToNull(e.personName()),
            "caseNumber", e.caseNumber(),
            "priority", e.priority().name(),
            "level", String.valueOf(e.level()),
            "role", e.role(),
            "reason", e.reason()));
  }

  /**
   * A warning or breach of an SLA clock, to the tenant's support team (the roster's, else the
   * service's). Fields: caseNumber, priority, clock, deadline (in the case's zone; "unknown" when the
   * event has none).
   */
  public static OutgoingMail slaAlert(SlaAlert a, NotifiedCase c, String serviceSupportTeam) {
    return slaAlert(a, c.supportTeamOr(serviceSupportTeam), c.zone());
  }

  static OutgoingMail slaAlert(SlaAlert a, String supportTeam, ZoneId zone) {
    NotificationKind kind = a.breached() ? NotificationKind.SLA_BREACH : NotificationKind.SLA_WARNING;
    String what = a.breached() ? "SLA breached" : "SLA warning";
    return OutgoingMail.onCase(a.tenantId(), a.caseId(), kind, a.eventId(), supportTeam,
        "[" + a.caseNumber() + "] " + what + ": " + a.clock() + " (" + a.priority() + ")",
        fields(
            "caseNumber", a.caseNumber(),
            "priority", a.priority().name(),
            "clock", a.clock(),
            "deadline", when(a.deadline(), zone)));
  }

  private static String when(Instant at, ZoneId zone) {
    return at == null ? "unknown" : WHEN.format(at.atZone(zone));
  }
}
