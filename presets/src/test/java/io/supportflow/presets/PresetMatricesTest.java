package io.supportflow.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PresetMatricesTest {

  @Test
  void theCarrierGradeMatrixIsReadLevelByLevelFromItsPreset() {
    assertThat(PresetMatrices.levels("carrier-grade", "carrier-grade")).containsExactly(
        new PresetMatrices.Level("P1", 0, "CLOCK_MINUTES", "Technical Support Manager"),
        new PresetMatrices.Level("P1", 60, "CLOCK_MINUTES", "Customer Relations Manager"),
        new PresetMatrices.Level("P1", 240, "CLOCK_MINUTES", "CTO"),
        new PresetMatrices.Level("P2", 60, "CLOCK_MINUTES", "Technical Support Manager"),
        new PresetMatrices.Level("P2", 240, "CLOCK_MINUTES", "Customer Relations Manager"),
        new PresetMatrices.Level("P2", 480, "CLOCK_MINUTES", "CTO"),
        new PresetMatrices.Level("P3", 2880, "CLOCK_MINUTES", "Technical Support Manager"),
        new PresetMatrices.Level("P3", 5760, "CLOCK_MINUTES", "Customer Relations Manager"),
        new PresetMatrices.Level("P4", 5760, "CLOCK_MINUTES", "Technical Support Manager"));
  }

  @Test
  void anUnknownMatrixIdIsNamedInTheError() {
    assertThatThrownBy(() -> PresetMatrices.levels("carrier-grade", "gold"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'gold'");
  }
}
