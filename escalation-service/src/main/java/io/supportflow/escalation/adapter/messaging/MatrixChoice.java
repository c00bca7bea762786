package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.presets.PresetMatrices;
import io.supportflow.timeline.Priority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which terms without levels of their own get the default matrix: those naming one of these matrix
 * ids, or all terms with "*". The default is the carrier-grade preset's matrix, read from its file.
 */
public record MatrixChoice(Set<String> defaultMatrixIds, Map<Priority, List<EscalationStep>> defaultPlans) {

  public MatrixChoice {
    defaultMatrixIds = Set.copyOf(defaultMatrixIds);
    defaultPlans = Map.copyOf(defaultPlans);
  }

  /** The choice whose default is the carrier-grade matrix of presets/carrier-grade.yaml. */
  public static MatrixChoice carrierGradeFor(Set<String> defaultMatrixIds) {
    return new MatrixChoice(defaultMatrixIds, carrierGradePlans());
  }

  /** The carrier-grade preset's levels per priority. */
  public static Map<Priority, List<EscalationStep>> carrierGradePlans() {
    Map<Priority, List<EscalationStep>> plans = new EnumMap<>(Priority.class);
    for (PresetMatrices.Level l : PresetMatrices.levels("carrier-grade", "carrier-grade")) {
      plans.computeIfAbsent(Priority.valueOf(l.priority()), p -> new ArrayList<>())
          .add(new EscalationStep(l.amount(), OffsetUnit.valueOf(l.unit()), l.role()));
    }
    return plans;
  }

  boolean defaultApplies(String matrixId) {
    return defaultMatrixIds.contains("*") || (matrixId != null && defaultMatrixIds.contains(matrixId));
  }

  /** The default matrix; whether a breach raises the next level is the tenant's rule. */
  EscalationMatrix defaultMatrix(boolean raiseOnBreach) {
    return new EscalationMatrix(defaultPlans, raiseOnBreach);
  }
}
