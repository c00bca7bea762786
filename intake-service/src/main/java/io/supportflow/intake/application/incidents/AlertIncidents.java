package io.supportflow.intake.application.incidents;

import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.domain.AlertDedup;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.incident.AlertRefiring;
import io.supportflow.intake.domain.incident.LinkReason;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The alert-fingerprint rules, asked each time an alert fires into its case (opening it, firing
 * again, or a notification re-sent: asking twice changes nothing). While an open incident holds the
 * fingerprint (an agent linked one of the alert's cases, or this rule opened it), the alert's case
 * joins it: typically the alert's new case after an earlier one was resolved. Otherwise, when the
 * tenant set {@link AlertRefiring} and the alert started that many episodes within the window, its
 * case becomes an incident of its own, which later cases of the alert join.
 */
public record AlertIncidents(IncidentRuleSettings settings, CaseFiles files, MajorIncidents incidents, Clock clock) {

  public void fired(String tenantId, String caseId, String fingerprint) {
    Optional<CaseFile> found = files.byId(tenantId, caseId);
    if (found.isEmpty() || !found.get().active()) {
      return;
    }
    CaseFile file = found.get();
    String key = MajorIncidents.alertKey(fingerprint);
    if (incidents.linkToHolder(tenantId, key, file, LinkReason.ALERT_FINGERPRINT)) {
      return;
    }
    AlertRefiring rule = settings.rules(tenantId).alertRefiring();
    if (rule != null && incidents.ofCase(tenantId, caseId).isEmpty()
        && rule.keepsFiring(AlertDedup.episodeStarts(file.threadKeys(), fingerprint), clock)) {
      incidents.openByRule(tenantId, key, AlertRefiring.title(file.opened().subject()), LinkReason.ALERT_REFIRING,
          List.of(file));
    }
  }
}
