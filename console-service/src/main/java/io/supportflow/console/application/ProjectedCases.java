package io.supportflow.console.application;

import io.supportflow.console.domain.ProjectedCase;
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
}
