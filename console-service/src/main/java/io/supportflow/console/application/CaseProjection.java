package io.supportflow.console.application;

import io.supportflow.console.domain.CaseChange;
import io.supportflow.console.domain.ProjectedCase;
import java.time.Clock;

/**
 * Applies the events of every case topic to the case they belong to: read, apply, store if nothing
 * changed it meanwhile (else read again). A redelivered event changes nothing; events of different
 * topics may come in any order.
 */
public record CaseProjection(ProjectedCases cases, Clock clock) {

  private static final int ATTEMPTS = 5;

  /** @return whether the case changed (false for an event applied before) */
  public boolean apply(CaseChange change) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      ProjectedCase current = cases.byCaseId(change.tenantId(), change.caseId())
          .orElseGet(() -> ProjectedCase.empty(change.tenantId(), change.caseId(), change.caseNumber()));
      ProjectedCase next = current.apply(change, clock.instant());
      if (next == current) {
        return false;
      }
      if (cases.save(next)) {
        return true;
      }
    }
    throw new IllegalStateException("case " + change.caseId() + " kept changing under event " + change.eventId());
  }
}
