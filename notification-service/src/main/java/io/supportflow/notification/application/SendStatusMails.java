package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.timeline.CaseTimers;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends the status mail a timer woke up for and plans the next (NotifyCaseChanges plans the first
 * and re-plans on changes). The n-th mail is the notification caseId:STATUS_UPDATE:n, so a timer
 * fired twice sends it once. While on hold the due mail is skipped (unless the case's terms want
 * them on hold too) but the next one is still planned, so mails resume on the same beat. A timer left over
 * from a beat a priority change replaced sends nothing.
 */
public record SendStatusMails(NotifiedCases cases, CaseTimers.Cancellable timers, MailDelivery delivery) {

  /** A status-mail timer fired: send the mail due then and plan the next. */
  public Optional<DeliveryAttempt> due(String caseId, Instant dueAt) {
    Optional<NotifiedCase> found = cases.find(caseId).filter(c -> !c.resolved());
    OptionalInt number = found.map(c -> c.statusMails().numberDueAt(dueAt)).orElse(OptionalInt.empty());
    if (number.isEmpty()) {
      return Optional.empty();
    }
    NotifiedCase c = found.get();
    int n = number.getAsInt();
    Optional<DeliveryAttempt> sent = c.sendsStatusMailNow()
        ? delivery.deliverOnce(c.tenantId(), c.caseId(), c.caseNumber(), "status-" + n, CaseMails.statusUpdate(c, n))
        : Optional.empty();
    timers.wakeAt(c, c.statusMails().due(n + 1));
    return sent;
  }
}
