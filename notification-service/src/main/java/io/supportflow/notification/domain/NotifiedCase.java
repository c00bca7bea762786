package io.supportflow.notification.domain;

import io.supportflow.timeline.TimedCase;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A case as notification-service knows it: whom to write to, what to call it, and what a status
 * mail says. statusMails is its status-mail plan; partition is the Kafka partition of the case, on
 * which its timers live; priorityChangedAt is when the latest priority change applied happened
 * (null before any), so a change seen again or out of date changes nothing; supportTeam is the
 * address the tenant's roster names for its support team, null when it names none; decisionVersion
 * is the version of the newest decision followed (1 for the first) and covered whether it
 * handles the case under terms (ENTITLED or QUOTE_REQUIRED).
 */
public record NotifiedCase(
    String tenantId,
    String caseId,
    String caseNumber,
    String subject,
    String reporterName,
    String reporterEmail,
    Priority priority,
    Instant receivedAt,
    ZoneId zone,
    StatusMailPlan statusMails,
    int partition,
    String status,
    String latestResponse,
    boolean onHold,
    boolean resolved,
    Instant priorityChangedAt,
    String supportTeam,
    int decisionVersion,
    boolean covered) implements TimedCase {

  public NotifiedCase {
    Required.present("caseId, caseNumber, priority, receivedAt", caseId, caseNumber, priority, receivedAt);
    status = status == null ? "NEW" : status;
    statusMails = statusMails == null ? StatusMailPlan.none(receivedAt) : statusMails;
  }

  /** A case under its first decision (version 1), covered when it gets status mails. */
  public NotifiedCase(String tenantId, String caseId, String caseNumber, String subject, String reporterName,
      String reporterEmail, Priority priority, Instant receivedAt, ZoneId zone, StatusMailPlan statusMails,
      int partition, String status, String latestResponse, boolean onHold, boolean resolved,
      Instant priorityChangedAt, String supportTeam) {
    this(tenantId, caseId, caseNumber, subject, reporterName, reporterEmail, priority, receivedAt, zone, statusMails,
        partition, status, latestResponse, onHold, resolved, priorityChangedAt, supportTeam, 1,
        statusMails != null && !statusMails.cadences().isEmpty());
  }

  /** Whether the decision is newer than the one the case holds: only then is it followed. */
  public boolean isNewer(ReDecision d) {
    return d.version() > decisionVersion;
  }

  /**
   * The case under a newer decision: its priority, and the status mails at the cadence of its
   * terms from the moment it applies (none when it gets no status mails any more), numbered on.
   */
  public NotifiedCase redecided(ReDecision d) {
    StatusMailPlan plan = statusMails.reTermedAt(d.effectiveFrom(),
        d.statusMails() ? d.cadences() : java.util.Map.of(), d.statusMailsWhileOnHold(), d.priority());
    Instant changedAt = priorityChangedAt == null || d.effectiveFrom().isAfter(priorityChangedAt)
        ? d.effectiveFrom() : priorityChangedAt;
    return new NotifiedCase(tenantId, caseId, caseNumber, subject, reporterName, reporterEmail, d.priority(),
        receivedAt, zone, plan, partition, status, latestResponse, onHold, resolved, changedAt, supportTeam,
        d.version(), d.covered());
  }

  public boolean hasReporterAddress() {
    return reporterEmail != null && !reporterEmail.isBlank();
  }

  /** Where the case's SLA warnings and breaches go: its tenant's support team, else the service's. */
  public String supportTeamOr(String serviceSupportTeam) {
    return supportTeam == null ? serviceSupportTeam : supportTeam;
  }

  /** Whether the status mail due now goes out: not on hold, or the tenant wants them on hold too. */
  public boolean sendsStatusMailNow() {
    return !onHold || statusMails.whileOnHold();
  }

  /** Whether a status mail is still to come: a running plan, someone to write to, not resolved. */
  public boolean expectsStatusMails() {
    return statusMails.isRunning() && hasReporterAddress() && !resolved;
  }

  /**
   * The case after an activity: its status and latest public response; hold and resume; a
   * priority change re-plans the status mails from the moment of the change; a resolved or
   * closed case gets no more status mails.
   */
  public NotifiedCase after(CaseEvent event) {
    String newStatus = event.caseStatus() == null ? status : event.caseStatus();
    String response = event.publicResponse() == null ? latestResponse : event.publicResponse();
    boolean hold = switch (event.kind()) {
      case PUT_ON_HOLD -> true;
      case RESUMED -> false;
      default -> onHold;
    };
    Priority newPriority = priority;
    StatusMailPlan plan = statusMails;
    Instant changedAt = priorityChangedAt;
    if (isNewPriorityChange(event)) {
      newPriority = event.newPriority();
      changedAt = event.occurredAt();
      if (newPriority != priority) {
        plan = statusMails.changedAt(event.occurredAt(), newPriority);
      }
    }
    return new NotifiedCase(tenantId, caseId, caseNumber, subject, reporterName, reporterEmail, newPriority,
        receivedAt, zone, plan, partition, newStatus, response, hold, resolved || event.endsStatusMails(),
        changedAt, supportTeam, decisionVersion, covered);
  }

  private boolean isNewPriorityChange(CaseEvent event) {
    return event.kind() == CaseEvent.Kind.PRIORITY_CHANGED && event.newPriority() != null
        && event.occurredAt() != null
        && (priorityChangedAt == null || event.occurredAt().isAfter(priorityChangedAt));
  }
}
