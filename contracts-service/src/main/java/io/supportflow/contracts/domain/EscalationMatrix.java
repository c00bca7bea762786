package io.supportflow.contracts.domain;

import java.util.List;

/** Who is told when a case is not resolved in time, per priority, level by level. */
public record EscalationMatrix(String matrixId, List<EscalationLevel> levels) {

  public EscalationMatrix {
    Checks.id("matrixId", matrixId);
    levels = Checks.list("levels", levels, 100);
  }
}
