package io.supportflow.notification.adapter.messaging;

import io.supportflow.businesstime.events.CoverageCalendars;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.TimeUnit;
import io.supportflow.notification.application.DeliveryAttempt;
import io.supportflow.notification.application.EntitlementNotice;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.Escalation;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.ReDecision;
import io.supportflow.notification.domain.ReceivedRequest;
import io.supportflow.notification.domain.SlaAlert;
import io.supportflow.notification.domain.StatusCadence;
import io.supportflow.notification.domain.StatusMailPlan;
import io.supportflow.notification.domain.SupportTeam;
import io.supportflow.schemas.CaseEventHead;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Avro events to the use cases' records and back. */
final class NotificationEvents {

  private NotificationEvents() {}

  static EntitlementNotice fromEvent(EntitlementDecided e) {
    CoverageCalendar calendar = e.getTerms() == null ? null : e.getTerms().getCalendar();
    ZoneId zone = calendar == null ? null : ZoneId.of(calendar.getZone());
    return new EntitlementNotice(
        e.getEventId(),
        e.getTenantId(),
        new ReceivedRequest(
            e.getCaseId(),
            e.getCaseNumber(),
            priority(e.getPriority()),
            e.getSubject(),
            e.getReason(),
            e.getReporter().getName(),
            e.getReporter().getEmail(),
            e.getReceivedAt(),
            zone,
            calendar == null ? null : CoverageCalendars.from(calendar)));
  }

  static NotifiedCase notifiedCase(EntitlementDecided e, int partition, StatusCadence cadence) {
    Priority priority = priority(e.getPriority());
    // Status mails report work on a case: a request nobody works on under contract gets none.
    boolean entitled = e.getOutcome() == EntitlementOutcome.ENTITLED;
    Map<Priority, Duration> fromTerms = e.getTerms() == null ? Map.of() : statusMails(e.getTerms().getStatusMails());
    ZoneId zone = e.getTerms() == null ? ReceivedRequest.NO_CALENDAR : ZoneId.of(e.getTerms().getCalendar().getZone());
    StatusMailPlan plan = entitled
        ? StatusMailPlan.fromReceipt(cadence.forEveryPriority(fromTerms),
            e.getTerms() != null && e.getTerms().getStatusMailsWhileOnHold(), priority, e.getReceivedAt())
        : StatusMailPlan.none(e.getReceivedAt());
    List<SupportTeam.RosterEntry> roster = e.getTerms() == null ? List.of() : e.getTerms().getRoster().stream()
        .map(r -> new SupportTeam.RosterEntry(r.getRole(), r.getName(), r.getEmail())).toList();
    boolean covered = entitled || e.getOutcome() == EntitlementOutcome.QUOTE_REQUIRED && e.getTerms() != null;
    return new NotifiedCase(e.getTenantId(), e.getCaseId(), e.getCaseNumber(), e.getSubject(),
        e.getReporter().getName(), e.getReporter().getEmail(), priority, e.getReceivedAt(), zone,
        plan, partition, "NEW", null, false, false, null, SupportTeam.addressIn(roster).orElse(null),
        Math.max(1, e.getVersion()), covered);
  }

  /** A newer decision (version 2 or higher) as the reporter is to hear of it. */
  static ReDecision reDecision(EntitlementDecided e, StatusCadence cadence) {
    boolean covered = (e.getOutcome() == EntitlementOutcome.ENTITLED || e.getOutcome() == EntitlementOutcome.QUOTE_REQUIRED)
        && e.getTerms() != null;
    CoverageCalendar calendar = e.getTerms() == null ? null : e.getTerms().getCalendar();
    Map<Priority, Duration> fromTerms = e.getTerms() == null ? Map.of() : statusMails(e.getTerms().getStatusMails());
    List<ReDecision.Promise> promises = !covered ? List.of() : e.getTerms().getTargets().stream()
        .map(t -> new ReDecision.Promise(priority(t.getPriority()), t.getMetric().name(), t.getAmount(), t.getUnit().name()))
        .toList();
    java.time.Instant from = e.getEffectiveFrom() == null || e.getEffectiveFrom().isBefore(e.getReceivedAt())
        ? e.getReceivedAt() : e.getEffectiveFrom();
    return new ReDecision(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(), e.getVersion(), from,
        covered, e.getOutcome() == EntitlementOutcome.ENTITLED, priority(e.getPriority()), e.getSubject(), e.getReason(),
        e.getReporter().getName(), e.getReporter().getEmail(), calendar == null ? null : ZoneId.of(calendar.getZone()),
        calendar == null ? null : CoverageCalendars.from(calendar), promises, cadence.forEveryPriority(fromTerms),
        e.getTerms() != null && e.getTerms().getStatusMailsWhileOnHold());
  }

  static CaseEvent caseEvent(CaseActivityRecorded a) {
    String message = a.getMessage();
    // Only what the customer may read goes into their mails: a public answer or resolution note.
    boolean answer = a.getActivity() == CaseActivity.AGENT_RESPONDED || a.getActivity() == CaseActivity.RESOLVED;
    boolean publicResponse = answer && a.getVisibleToCustomer() && message != null && !message.isBlank();
    boolean priorityChange = a.getActivity() == CaseActivity.PRIORITY_CHANGED && a.getNewPriority() != null;
    return new CaseEvent(a.getEventId(), a.getOccurredAt(), a.getCaseId(), a.getCaseNumber(),
        CaseEvent.Kind.valueOf(a.getActivity().name()), a.getCaseStatus(),
        publicResponse ? message : null, priorityChange ? priority(a.getNewPriority()) : null);
  }

  /** WARNING and BREACHED are worth a mail; the other clock changes are not. */
  static Optional<SlaAlert> slaAlert(SlaClockChanged c) {
    if (c.getChange() != SlaClockChange.WARNING && c.getChange() != SlaClockChange.BREACHED) {
      return Optional.empty();
    }
    return Optional.of(new SlaAlert(c.getTenantId(), c.getEventId(), c.getCaseId(), c.getCaseNumber(), priority(c.getPriority()),
        c.getClock().name(), c.getChange() == SlaClockChange.BREACHED, c.getDeadline()));
  }

  static Escalation escalation(EscalationRaised e) {
    return new Escalation(e.getTenantId(), e.getEventId(), e.getCaseId(), e.getCaseNumber(), priority(e.getPriority()),
        e.getLevel(), e.getRole(), e.getPersonName(), e.getPersonEmail(), e.getReason());
  }

  static NotificationAttempted toEvent(NotificationSent s) {
    return attempted(s, NotificationOutcome.SENT, null);
  }

  static NotificationAttempted toEvent(NotificationFailed f) {
    return attempted(f, NotificationOutcome.FAILED, f.failureReason());
  }

  private static NotificationAttempted attempted(DeliveryAttempt a, NotificationOutcome outcome, String failureReason) {
    var head = new CaseEventHead(a.eventId(), a.occurredAt(), a.tenantId(), a.caseId(), a.caseNumber());
    return NotificationAttempted.newBuilder(head.on(new NotificationAttempted()))
        .setNotificationId(a.notificationId())
        .setKind(NotificationKind.valueOf(a.kind().name()))
        .setOutcome(outcome)
        .setRecipient(a.recipient())
        .setSubject(a.subject())
        .setMessageId(a.messageId())
        .setAttempts(a.attempts())
        .setFailureReason(failureReason)
        .build();
  }

  private static Priority priority(io.supportflow.events.Priority p) {
    return Priority.valueOf(p.name());
  }

  // Clock-minute cadences only: a status mail is a promise in wall-clock time.
  private static Map<Priority, Duration> statusMails(List<ReactionTarget> targets) {
    Map<Priority, Duration> cadences = new EnumMap<>(Priority.class);
    for (ReactionTarget t : targets) {
      if (t.getMetric() == ReactionMetric.UPDATE_CADENCE && t.getUnit() == TimeUnit.CLOCK_MINUTES) {
        cadences.put(priority(t.getPriority()), Duration.ofMinutes(t.getAmount()));
      }
    }
    return cadences;
  }
}
