package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.NotifiedCase;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Status mails on the case's beat until it is resolved. The n-th mail is the notification
 * caseId:STATUS_UPDATE:n, so a timer fired twice sends it once. While on hold the due mail is
 * skipped (unless the tenant wants them on hold too) but the next one is still planned, so mails
 * resume on the same beat. A priority change moves the beat to the new priority's cadence from the
 * change on: the timers of the old beat are cancelled and one left over sends nothing.
 */
public final class SendStatusMails {

  private final NotifiedCases cases;
  private final StatusMailTimers timers;
  private final MailDelivery delivery;
  private final boolean whileOnHold;

  public SendStatusMails(NotifiedCases cases, StatusMailTimers timers, MailDelivery delivery, boolean whileOnHold) {
    this.cases = cases;
    this.timers = timers;
    this.delivery = delivery;
    this.whileOnHold = whileOnHold;
  }

  /** A decided request: remember the case and plan its first status mail. */
  public void decided(NotifiedCase decided) {
    NotifiedCase known = cases.find(decided.caseId()).orElse(decided);
    if (known == decided) {
      cases.save(decided);
    }
    if (known.expectsStatusMails()) {
      // Planned again on a redelivery: the same timer id, so it is stored once.
      timers.wakeAt(known, known.statusMails().firstDue());
    }
  }

  /** Keeps the status and latest response; resolution stops the mails, a priority change re-plans them. */
  public void activity(CaseEvent event) {
    cases.find(event.caseId()).ifPresent(c -> {
      NotifiedCase after = c.after(event);
      cases.save(after);
      replan(c, after);
    });
  }

  /** A status-mail timer fired: send the mail due then and plan the next. */
  public Optional<NotificationSent> due(String caseId, Instant dueAt) {
    Optional<NotifiedCase> found = cases.find(caseId).filter(c -> !c.resolved());
    OptionalInt number = found.map(c -> c.statusMails().numberDueAt(dueAt)).orElse(OptionalInt.empty());
    if (number.isEmpty()) {
      return Optional.empty();
    }
    NotifiedCase c = found.get();
    int n = number.getAsInt();
    Optional<NotificationSent> sent = c.onHold() && !whileOnHold
        ? Optional.empty()
        : Optional.of(delivery.deliverOnce(c.tenantId(), c.caseId(), c.caseNumber(), "status-" + n,
            CaseMails.statusUpdate(c, n)));
    timers.wakeAt(c, c.statusMails().due(n + 1));
    return sent;
  }

  private void replan(NotifiedCase before, NotifiedCase after) {
    if (after.statusMails().equals(before.statusMails()) && after.resolved() == before.resolved()) {
      return;
    }
    timers.cancel(after.caseId());
    if (after.expectsStatusMails()) {
      timers.wakeAt(after, after.statusMails().firstDue());
    }
  }
}
