package io.supportflow.console.application;

import io.supportflow.console.domain.CaseIncident;
import java.util.Optional;

/** The major incident each case is part of, from intake.incidents; a case page names it. */
public interface CaseIncidents {

  /** Keeps what the case was told unless something later was kept already (a redelivery changes nothing). */
  void told(CaseIncident incident);

  /** The incident the case is linked to now; empty when none (or it was unlinked). */
  Optional<CaseIncident> of(String tenantId, String caseId);
}
