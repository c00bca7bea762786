package io.supportflow.intake.application.alerts;

import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.incidents.AlertIncidents;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.AlertDedup;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.MonitoringAlert;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SeverityScale;
import java.util.List;
import java.util.Optional;

/**
 * An alert from a tenant's monitoring. A firing alert opens a case; while that case is worked on,
 * the same alert firing again (a new episode) is added to it, and its resolution too. Re-sent
 * notifications change nothing (see {@link AlertDedup}). Each firing then asks the incident rules
 * ({@link AlertIncidents}) whether its case belongs to a major incident.
 */
public record ReceiveAlert(
    CaseFiles files, OpenCase openCase, RecordActivity recordActivity, AlertIncidents incidents) {

  public enum Outcome { OPENED, UPDATED, RESOLUTION_ADDED, UNCHANGED, IGNORED }

  public record Received(String fingerprint, Outcome outcome, String caseNumber) {}

  static final String ACTOR = "monitoring";
  static final String CATEGORY = "infrastructure";

  public Received receive(String tenantId, MonitoringAlert alert, String source, String customerHint) {
    if (!alert.firing()) {
      return resolved(tenantId, alert);
    }
    Received received = firing(tenantId, alert, source, customerHint);
    // Asked again on a re-sent notification too: a rule that failed the first time is applied now.
    files.byNumber(tenantId, received.caseNumber())
        .ifPresent(file -> incidents.fired(tenantId, file.caseId(), alert.fingerprint()));
    return received;
  }

  private Received firing(String tenantId, MonitoringAlert alert, String source, String customerHint) {
    Optional<CaseFile> active = files.activeAlertCase(tenantId, alert.fingerprint());
    if (active.isPresent()) {
      CaseFile file = active.get();
      if (file.threadKeys().contains(AlertDedup.episodeKey(alert))) {
        return received(alert, Outcome.UNCHANGED, file);
      }
      var recorded = recordActivity.onCaseId(tenantId, file.caseId(),
          note(alert, "Alert firing again since " + alert.startsAt() + ":\n" + alert.description()),
          AlertDedup.firingKey(alert));
      return received(alert, recorded.duplicate() ? Outcome.UNCHANGED : Outcome.UPDATED, file);
    }
    String stated = alert.statedSeverity();
    Opening opening = openCase.openOnce(new NewRequest(
        tenantId,
        Channel.MONITORING,
        new Reporter(source, alert.reporterEmail(), null),
        alert.subject(),
        alert.description(),
        stated,
        stated == null ? null : SeverityScale.read(stated).orElse(null),
        alert.labels().get("product"),
        alert.labels().get("version"),
        null,
        alert.fingerprint(),
        null,
        customerHint,
        CATEGORY,
        List.of(),
        AlertDedup.episodeKey(alert),
        null));
    return new Received(alert.fingerprint(), opening.created() ? Outcome.OPENED : Outcome.UNCHANGED,
        opening.opened().supportCase().caseNumber().toString());
  }

  private Received resolved(String tenantId, MonitoringAlert alert) {
    Optional<CaseFile> file = files.byThreadKey(tenantId,
            List.of(AlertDedup.episodeKey(alert), AlertDedup.firingKey(alert)))
        .or(() -> files.activeAlertCase(tenantId, alert.fingerprint()));
    if (file.isEmpty()) {
      return new Received(alert.fingerprint(), Outcome.IGNORED, null);
    }
    if (file.get().status() == CaseStatus.CLOSED) {
      return received(alert, Outcome.UNCHANGED, file.get());
    }
    var recorded = recordActivity.onCaseId(tenantId, file.get().caseId(),
        note(alert, "Alert resolved at " + alert.endsAt() + ":\n" + alert.description()),
        AlertDedup.resolvedKey(alert));
    return received(alert, recorded.duplicate() ? Outcome.UNCHANGED : Outcome.RESOLUTION_ADDED, file.get());
  }

  private static ActivityRequest note(MonitoringAlert alert, String text) {
    return ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, ACTOR, Channel.MONITORING.name())
        .withMessage(text)
        .withCorrelation(alert.fingerprint(), List.of());
  }

  private static Received received(MonitoringAlert alert, Outcome outcome, CaseFile file) {
    return new Received(alert.fingerprint(), outcome, file.opened().caseNumber().toString());
  }
}
