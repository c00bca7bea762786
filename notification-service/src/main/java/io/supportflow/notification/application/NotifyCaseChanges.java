package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.CaseOccurrence;
import io.supportflow.notification.domain.Escalation;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.ReDecision;
import io.supportflow.notification.domain.ReDecisionMail;
import io.supportflow.notification.domain.SlaAlert;
import io.supportflow.timeline.CaseTimers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the cases notification-service follows and sends the mails their changes call for:
 * resolution and closure to the reporter, escalation notices to the person the matrix names, SLA
 * warnings and breaches to the tenant's support team; and keeps the status-mail timers in step.
 *
 * <p>The decision, the activities and the SLA alerts travel on different topics, so an activity or
 * an alert can arrive first. It is kept, not failed: when the decision arrives (after its
 * acknowledgement) the early events are applied in order and their mails sent, then the case is
 * saved. Until that save the decision has not been handled, so a failure on the way repeats all of
 * it, each mail once.
 */
public record NotifyCaseChanges(NotifiedCases cases, EarlyEvents early, CaseTimers.Cancellable timers,
    MailDelivery delivery, String serviceSupportTeam, Clock clock) {

  /** Early events one case may hold; beyond that the event fails (and is dead-lettered). */
  public static final int EARLY_EVENT_LIMIT = 100;

  /** @param serviceSupportTeam where SLA alerts go when the tenant's roster names no support team */
  public NotifyCaseChanges(NotifiedCases cases, EarlyEvents early, CaseTimers.Cancellable timers, MailDelivery delivery,
      String serviceSupportTeam) {
    this(cases, early, timers, delivery, serviceSupportTeam, Clock.systemUTC());
  }

  /** The same use case over one poll's cases: read once, written once when the poll commits. */
  public CasesOfAPoll inPoll(Collection<String> caseIds) {
    return new CasesOfAPoll(this, caseIds);
  }

  /** A decided request, acknowledged: follow the case from now on, catching up on what came first. */
  public List<DeliveryAttempt> decided(NotifiedCase decided) {
    Optional<NotifiedCase> known = cases.find(decided.caseId());
    if (known.isPresent()) {
      // Seen before: its early events were applied when it was saved. The first status mail is
      // planned again in case the earlier delivery stopped short of it; the same timer is stored once.
      early.clear(decided.caseId());
      planFirstStatusMail(known.get());
      return List.of();
    }
    NotifiedCase c = decided;
    List<DeliveryAttempt> sent = new ArrayList<>();
    List<CaseOccurrence> earlier = early.of(decided.caseId());
    for (CaseOccurrence event : earlier) {
      switch (event) {
        case CaseEvent activity -> {
          c = c.after(activity);
          Optional<OutgoingMail> mail = mailFor(c, activity);
          if (mail.isPresent()) {
            deliver(c, activity, mail.get()).ifPresent(sent::add);
          }
        }
        case SlaAlert alert -> sendAlert(c, alert).ifPresent(sent::add);
      }
    }
    cases.save(c);
    if (!earlier.isEmpty()) { // nearly every case has none: spare the store a round trip
      early.clear(c.caseId());
    }
    planFirstStatusMail(c);
    return sent;
  }

  /**
   * A newer decision on a case followed since its first (version 2 or higher): applied only when
   * its version is higher than the one the case holds (a redelivery or an older one changes
   * nothing). The case takes its priority and status-mail cadence from then on, and the reporter
   * gets exactly one mail for it (one notification id per version, through the outbox): now
   * covered with the deadlines, no longer covered with the reason, or the new deadlines. A reporter
   * without an address gets a FAILED outcome with the reason instead, as the acknowledgement does.
   * Empty when the case is not known (no decision of it was handled: the caller follows it as a
   * first decision); an empty list when the decision is not newer.
   */
  public Optional<List<DeliveryAttempt>> redecided(ReDecision d) {
    Optional<NotifiedCase> known = cases.find(d.caseId());
    if (known.isEmpty()) {
      return Optional.empty();
    }
    if (!known.get().isNewer(d)) {
      return Optional.of(List.of());
    }
    NotifiedCase before = known.get();
    NotifiedCase after = before.redecided(d);
    ReDecisionMail.Change change = ReDecisionMail.change(before.covered(), d);
    List<DeliveryAttempt> outcomes = new ArrayList<>();
    Optional<OutgoingMail> mail = ReDecisionMail.forReporter(d, change);
    if (mail.isPresent()) {
      delivery.deliverOnce(d.tenantId(), d.caseId(), d.caseNumber(), d.eventId(), mail.get()).ifPresent(outcomes::add);
    } else {
      String notificationId = ReDecisionMail.notificationId(d);
      outcomes.add(new NotificationFailed(MailDelivery.eventIdFor(notificationId, "UNMAILABLE"), clock.instant(),
          d.tenantId(), d.caseId(), d.caseNumber(), notificationId, NotificationKind.ACKNOWLEDGEMENT, "",
          ReDecisionMail.subject(d, change), null, 0, UNMAILABLE));
    }
    cases.save(after);
    replanStatusMails(before, after);
    return Optional.of(outcomes);
  }

  static final String UNMAILABLE = "The reporter left no e-mail address, so the change of the decision could not be"
      + " mailed (SMS is not offered): tell them by phone.";

  /** An activity: the case's new state, its status-mail timers, and the mail it calls for. */
  public Optional<DeliveryAttempt> activity(CaseEvent activity) {
    Optional<NotifiedCase> known = cases.find(activity.caseId());
    if (known.isEmpty()) {
      park(activity);
      return Optional.empty();
    }
    NotifiedCase before = known.get();
    NotifiedCase after = before.after(activity);
    cases.save(after);
    replanStatusMails(before, after);
    return mailFor(after, activity).flatMap(mail -> deliver(after, activity, mail));
  }

  public Optional<DeliveryAttempt> escalated(Escalation e) {
    if (e.personEmail() == null || e.personEmail().isBlank()) {
      return Optional.empty();
    }
    return delivery.deliverOnce(e.tenantId(), e.caseId(), e.caseNumber(), e.eventId(), CaseMails.escalation(e));
  }

  /** To the case's support team, once its decision says who that is. */
  public Optional<DeliveryAttempt> slaAlert(SlaAlert alert) {
    Optional<NotifiedCase> known = cases.find(alert.caseId());
    if (known.isEmpty()) {
      park(alert);
      return Optional.empty();
    }
    return sendAlert(known.get(), alert);
  }

  private void park(CaseOccurrence event) {
    if (!early.park(event, EARLY_EVENT_LIMIT)) {
      throw new IllegalStateException("Case " + event.caseId() + " already holds " + EARLY_EVENT_LIMIT
          + " events waiting for its decision; " + event.eventId() + " is not kept");
    }
  }

  private Optional<DeliveryAttempt> sendAlert(NotifiedCase c, SlaAlert alert) {
    return delivery.deliverOnce(alert.tenantId(), alert.caseId(), alert.caseNumber(), alert.eventId(),
        CaseMails.slaAlert(alert, c, serviceSupportTeam));
  }

  private static Optional<OutgoingMail> mailFor(NotifiedCase c, CaseEvent activity) {
    if (!c.hasReporterAddress()) {
      return Optional.empty();
    }
    return switch (activity.kind()) {
      case RESOLVED -> Optional.of(CaseMails.resolution(c, activity));
      case CLOSED -> Optional.of(CaseMails.closure(c, activity));
      default -> Optional.empty();
    };
  }

  private Optional<DeliveryAttempt> deliver(NotifiedCase c, CaseEvent cause, OutgoingMail mail) {
    return delivery.deliverOnce(c.tenantId(), c.caseId(), c.caseNumber(), cause.eventId(), mail);
  }

  private void planFirstStatusMail(NotifiedCase c) {
    if (c.expectsStatusMails()) {
      timers.wakeAt(c, c.statusMails().firstDue());
    }
  }

  // A priority change moves the beat and resolution ends it: the old beat's timers go.
  private void replanStatusMails(NotifiedCase before, NotifiedCase after) {
    if (after.statusMails().equals(before.statusMails()) && after.resolved() == before.resolved()
        && after.priority() == before.priority()) {
      return;
    }
    timers.cancel(after.caseId());
    planFirstStatusMail(after);
  }
}
