package io.supportflow.escalation.adapter.messaging;

import java.util.Set;

/**
 * Which terms without levels of their own get the default (carrier-grade) matrix: those naming one
 * of these matrix ids, or all terms with "*".
 */
public record MatrixChoice(Set<String> defaultMatrixIds) {

  public MatrixChoice {
    defaultMatrixIds = Set.copyOf(defaultMatrixIds);
  }

  boolean defaultApplies(String matrixId) {
    return defaultMatrixIds.contains("*") || (matrixId != null && defaultMatrixIds.contains(matrixId));
  }
}
