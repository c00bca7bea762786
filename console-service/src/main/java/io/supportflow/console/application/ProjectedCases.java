package io.supportflow.console.application;

import io.supportflow.console.domain.ProjectedCase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the projection keeps its cases: the console's own collection, written by the projection only. */
public interface ProjectedCases {

  Optional<ProjectedCase> byCaseId(String tenantId, String caseId);

  /**
   * Stores the case if it is still at the revision it was read at ({@link ProjectedCase#revision()};
   * 0 for a case not stored yet).
   *
   * @return false when another writer got there first: read it again and reapply
   */
  boolean save(ProjectedCase projected);

  /** The stored cases of these keys, a case not stored yet absent; one read where the store can. */
  default Map<CaseKey, ProjectedCase> byCaseIds(Collection<CaseKey> keys) {
    Map<CaseKey, ProjectedCase> found = new HashMap<>();
    keys.forEach(key -> byCaseId(key.tenantId(), key.caseId()).ifPresent(c -> found.put(key, c)));
    return found;
  }

  /**
   * Stores each case as {@link #save} would; one write where the store can.
   *
   * @return whether every one was stored; false when another writer got to any of them first
   */
  default boolean saveAll(List<ProjectedCase> projected) {
    boolean all = true;
    for (ProjectedCase each : projected) {
      all &= save(each);
    }
    return all;
  }
}
