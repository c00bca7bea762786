package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.Required;
import java.time.Instant;

/**
 * A case linked to an incident: who reported it (the broadcast goes to them), the alert
 * fingerprint when it is an alert's case (null otherwise), when, by whom and why it was linked.
 */
public record LinkedCase(String caseId, String caseNumber, Reporter reporter, String fingerprint, Instant linkedAt,
    String linkedBy, LinkReason reason) {

  public LinkedCase {
    Required.present("caseId, caseNumber, linkedAt, reason", caseId, caseNumber, linkedAt, reason);
    reporter = reporter == null ? new Reporter(null, null, null) : reporter;
  }
}
