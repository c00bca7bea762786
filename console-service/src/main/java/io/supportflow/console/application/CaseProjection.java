package io.supportflow.console.application;

import io.supportflow.console.domain.CaseChange;
import io.supportflow.console.domain.ProjectedCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the events of every case topic to the case they belong to: read, apply, store if nothing
 * changed it meanwhile (else read again). A redelivered event changes nothing; events of different
 * topics may come in any order.
 */
public record CaseProjection(ProjectedCases cases, Clock clock) {

  private static final int ATTEMPTS = 5;

  /**
   * Applies a poll's changes: the cases they touch read at once, each case's changes applied in
   * their order, the changed cases stored at once. Where another writer got to a case first, the
   * changes are applied again one at a time, each re-reading its case; those already stored change
   * nothing then.
   */
  public void applyAll(List<CaseChange> changes) {
    Map<CaseKey, List<CaseChange>> byCase = new LinkedHashMap<>();
    changes.forEach(c -> byCase.computeIfAbsent(new CaseKey(c.tenantId(), c.caseId()), k -> new ArrayList<>()).add(c));
    Map<CaseKey, ProjectedCase> stored = cases.byCaseIds(byCase.keySet());
    List<ProjectedCase> changed = new ArrayList<>();
    byCase.forEach((key, ofCase) -> {
      CaseChange first = ofCase.getFirst();
      ProjectedCase read = stored.getOrDefault(key, ProjectedCase.empty(key.tenantId(), key.caseId(), first.caseNumber()));
      ProjectedCase next = read;
      for (CaseChange change : ofCase) {
        next = next.apply(change, clock.instant());
      }
      if (next != read) {
        changed.add(next);
      }
    });
    if (!cases.saveAll(changed)) {
      changes.forEach(this::apply);
    }
  }

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
