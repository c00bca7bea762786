package io.supportflow.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mails about a case after its acknowledgement. Each carries the case number in the subject
 * and threads under the acknowledgement, so replies land in the case at intake. Plain text.
 */
public final class CaseMails {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH);
  private static final String SIGNATURE = "\nKind regards,\nSupport\n";

  private CaseMails() {}

  /** The status mail number n to the reporter: where the case stands and the latest public answer. */
  public static OutgoingMail statusUpdate(NotifiedCase c, int n) {
    String response = c.latestResponse() == null ? "No response has been published yet." : c.latestResponse();
    return OutgoingMail.onCase(c.caseId(), NotificationKind.STATUS_UPDATE, String.valueOf(n), c.reporterEmail(),
        "[" + c.caseNumber() + "] Status update: " + c.subject(),
        greeting(c.reporterName())
            + "\nThis is status update " + n + " on case " + c.caseNumber() + ".\n\n"
            + "  Status:   " + c.status() + "\n"
            + "  Priority: " + c.priority() + "\n\n"
            + "Latest response:\n" + response + "\n"
            + SIGNATURE);
  }

  public static OutgoingMail resolution(NotifiedCase c, CaseEvent resolved) {
    return OutgoingMail.onCase(c.caseId(), NotificationKind.RESOLUTION, resolved.eventId(), c.reporterEmail(),
        "[" + c.caseNumber() + "] Your request has been resolved: " + c.subject(),
        greeting(c.reporterName())
            + "\nWe have resolved case " + c.caseNumber() + ".\n\n"
            + (resolved.publicResponse() == null ? "" : resolved.publicResponse() + "\n\n")
            + "If the problem is not solved, reply to this mail and keep [" + c.caseNumber()
            + "] in the subject; the case will be reopened.\n"
            + SIGNATURE);
  }

  public static OutgoingMail closure(NotifiedCase c, CaseEvent closed) {
    return OutgoingMail.onCase(c.caseId(), NotificationKind.CLOSURE, closed.eventId(), c.reporterEmail(),
        "[" + c.caseNumber() + "] Your case is closed: " + c.subject(),
        greeting(c.reporterName())
            + "\nCase " + c.caseNumber() + " is now closed. Thank you for working with us.\n"
            + SIGNATURE);
  }

  /** To the manager the escalation matrix names. */
  public static OutgoingMail escalation(Escalation e) {
    return OutgoingMail.onCase(e.caseId(), NotificationKind.ESCALATION, e.eventId(), e.personEmail(),
        "[" + e.caseNumber() + "] Escalation level " + e.level() + " to you as " + e.role(),
        greeting(e.personName())
            + "\nCase " + e.caseNumber() + " (priority " + e.priority() + ") has been escalated to you as "
            + e.role() + ", level " + e.level() + ".\n\n"
            + "Reason: " + e.reason() + "\n"
            + SIGNATURE);
  }

  /** A warning or breach of an SLA clock, to the tenant's support team. */
  public static OutgoingMail slaAlert(SlaAlert a, String supportTeam, ZoneId zone) {
    NotificationKind kind = a.breached() ? NotificationKind.SLA_BREACH : NotificationKind.SLA_WARNING;
    String what = a.breached() ? "SLA breached" : "SLA warning";
    return OutgoingMail.onCase(a.caseId(), kind, a.eventId(), supportTeam,
        "[" + a.caseNumber() + "] " + what + ": " + a.clock() + " (" + a.priority() + ")",
        "Hello team,\n\n"
            + "Case " + a.caseNumber() + " (priority " + a.priority() + "): the " + a.clock() + " clock "
            + (a.breached() ? "passed its deadline" : "is close to its deadline") + ".\n\n"
            + "  Deadline: " + when(a.deadline(), zone) + "\n"
            + SIGNATURE);
  }

  private static String when(Instant at, ZoneId zone) {
    return at == null ? "unknown" : WHEN.format(at.atZone(zone));
  }

  private static String greeting(String name) {
    return (name == null || name.isBlank() ? "Hello," : "Hello " + name + ",") + "\n";
  }
}
