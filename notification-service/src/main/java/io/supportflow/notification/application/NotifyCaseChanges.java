package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseMails;
import io.supportflow.notification.domain.Escalation;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.SlaAlert;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The mails a change on a case calls for: resolution and closure to the reporter, escalation
 * notices to the person the matrix names, SLA warnings and breaches to the support team.
 */
public final class NotifyCaseChanges {

  private final NotifiedCases cases;
  private final MailDelivery delivery;
  private final String supportTeam;

  public NotifyCaseChanges(NotifiedCases cases, MailDelivery delivery, String supportTeam) {
    this.cases = cases;
    this.delivery = delivery;
    this.supportTeam = supportTeam;
  }

  public Optional<NotificationSent> activity(String tenantId, CaseEvent event) {
    if (event.kind() != CaseEvent.Kind.RESOLVED && event.kind() != CaseEvent.Kind.CLOSED) {
      return Optional.empty();
    }
    // The decision travels on another topic: if it is not here yet, fail so the binder retries.
    NotifiedCase c = cases.find(event.caseId()).orElseThrow(() -> new IllegalStateException(
        "Case " + event.caseId() + " is not known yet; its decision has not arrived"));
    if (!c.hasReporterAddress()) {
      return Optional.empty();
    }
    OutgoingMail mail = event.kind() == CaseEvent.Kind.RESOLVED
        ? CaseMails.resolution(c, event)
        : CaseMails.closure(c, event);
    return Optional.of(delivery.deliverOnce(tenantId, c.caseId(), c.caseNumber(), event.eventId(), mail));
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
}
