package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.NotifiedCase;
import java.time.Instant;
import java.util.Optional;

/**
 * Status mails every cadence from receipt until the case is resolved. The n-th mail is due at
 * receipt + n * cadence and is the notification caseId:STATUS_UPDATE:n, so a timer fired twice
 * sends it once. While on hold the due mail is skipped (unless the tenant wants them on hold
 * too) but the next one is still planned, so mails resume on the same beat.
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
    if (known.statusCadence() != null && known.hasReporterAddress() && !known.resolved()) {
      timers.wakeAt(known, known.statusMailDue(1));
    }
  }

  /** Keeps the status and latest response; resolution stops the mails. */
  public void activity(CaseEvent event) {
    cases.find(event.caseId()).ifPresent(c -> {
      NotifiedCase after = c.after(event);
      cases.save(after);
      if (after.resolved()) {
        timers.cancel(c.caseId());
      }
    });
  }

  /** A status-mail timer fired: send the mail due then and plan the next. */
  public Optional<NotificationSent> due(String caseId, Instant dueAt) {
    Optional<NotifiedCase> found = cases.find(caseId).filter(c -> !c.resolved() && c.statusCadence() != null);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    NotifiedCase c = found.get();
    int n = c.statusMailNumber(dueAt);
    Optional<NotificationSent> sent = c.onHold() && !whileOnHold
        ? Optional.empty()
        : Optional.of(delivery.deliverOnce(c.tenantId(), c.caseId(), c.caseNumber(), "status-" + n,
            CaseMails.statusUpdate(c, n)));
    timers.wakeAt(c, c.statusMailDue(n + 1));
    return sent;
  }
}
