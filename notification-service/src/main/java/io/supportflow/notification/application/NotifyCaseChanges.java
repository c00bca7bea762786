package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.Escalation;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.SlaAlert;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the cases notification-service follows and sends the mails their changes call for:
 * resolution and closure to the reporter, escalation notices to the person the matrix names, SLA
 * warnings and breaches to the support team; and keeps the status-mail timers in step.
 *
 * <p>The decision and the activities travel on different topics, so an activity can arrive
 * first. It is kept, not failed: when the decision arrives (after its acknowledgement) the early
 * activities are applied in order and their mails sent, then the case is saved. Until that save
 * the decision has not been handled, so a failure on the way repeats all of it, each mail once.
 */
public final class NotifyCaseChanges {

  /** Early activities one case may hold; beyond that the activity fails (and is dead-lettered). */
  public static final int EARLY_ACTIVITY_LIMIT = 100;

  private final NotifiedCases cases;
  private final EarlyActivities early;
  private final StatusMailTimers timers;
  private final MailDelivery delivery;
  private final String supportTeam;

  public NotifyCaseChanges(NotifiedCases cases, EarlyActivities early, StatusMailTimers timers,
      MailDelivery delivery, String supportTeam) {
    this.cases = cases;
    this.early = early;
    this.timers = timers;
    this.delivery = delivery;
    this.supportTeam = supportTeam;
  }

  /** A decided request, acknowledged: follow the case from now on, catching up on what came first. */
  public List<NotificationSent> decided(NotifiedCase decided) {
    Optional<NotifiedCase> known = cases.find(decided.caseId());
    if (known.isPresent()) {
      // Seen before: its early activities were applied when it was saved. The first status mail is
      // planned again in case the earlier delivery stopped short of it; the same timer is stored once.
      early.clear(decided.caseId());
      planFirstStatusMail(known.get());
      return List.of();
    }
    NotifiedCase c = decided;
    List<NotificationSent> sent = new ArrayList<>();
    for (CaseEvent activity : early.of(decided.caseId())) {
      c = c.after(activity);
      Optional<OutgoingMail> mail = mailFor(c, activity);
      if (mail.isPresent()) {
        sent.add(deliver(c, activity, mail.get()));
      }
    }
    cases.save(c);
    early.clear(c.caseId());
    planFirstStatusMail(c);
    return sent;
  }

  /** An activity: the case's new state, its status-mail timers, and the mail it calls for. */
  public Optional<NotificationSent> activity(CaseEvent activity) {
    Optional<NotifiedCase> known = cases.find(activity.caseId());
    if (known.isEmpty()) {
      if (!early.park(activity, EARLY_ACTIVITY_LIMIT)) {
        throw new IllegalStateException("Case " + activity.caseId() + " already holds " + EARLY_ACTIVITY_LIMIT
            + " activities waiting for its decision; " + activity.eventId() + " is not kept");
      }
      return Optional.empty();
    }
    NotifiedCase before = known.get();
    NotifiedCase after = before.after(activity);
    cases.save(after);
    replanStatusMails(before, after);
    return mailFor(after, activity).map(mail -> deliver(after, activity, mail));
  }

  public Optional<NotificationSent> escalated(Escalation e) {
    if (e.personEmail() == null || e.personEmail().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(delivery.deliverOnce(e.tenantId(), e.caseId(), e.caseNumber(), e.eventId(),
        CaseMails.escalation(e)));
  }

  public Optional<NotificationSent> slaAlert(SlaAlert alert) {
    ZoneId zone = cases.find(alert.caseId()).map(NotifiedCase::zone).orElse(ZoneId.of("UTC"));
    return Optional.of(delivery.deliverOnce(alert.tenantId(), alert.caseId(), alert.caseNumber(), alert.eventId(),
        CaseMails.slaAlert(alert, supportTeam, zone)));
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

  private NotificationSent deliver(NotifiedCase c, CaseEvent cause, OutgoingMail mail) {
    return delivery.deliverOnce(c.tenantId(), c.caseId(), c.caseNumber(), cause.eventId(), mail);
  }

  private void planFirstStatusMail(NotifiedCase c) {
    if (c.expectsStatusMails()) {
      timers.wakeAt(c, c.statusMails().firstDue());
    }
  }

  // A priority change moves the beat and resolution ends it: the old beat's timers go.
  private void replanStatusMails(NotifiedCase before, NotifiedCase after) {
    if (after.statusMails().equals(before.statusMails()) && after.resolved() == before.resolved()) {
      return;
    }
    timers.cancel(after.caseId());
    planFirstStatusMail(after);
  }
}
