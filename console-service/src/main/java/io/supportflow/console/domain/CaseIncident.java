package io.supportflow.console.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The major incident a case is part of, as intake.incidents last told the case: its title and
 * status, whether the case is still linked to it, and when that was said (a later word wins over an
 * earlier one, whatever order they are read in). Kept beside the case's view, not in it.
 */
public record CaseIncident(String tenantId, String caseId, String incidentId, String title, String status,
    boolean linked, Instant at) {

  public CaseIncident {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(at, "at");
  }

  /** What the case page says: "Checkout outage (IDENTIFIED)". */
  public String line() {
    return title + " (" + status + ")";
  }
}
