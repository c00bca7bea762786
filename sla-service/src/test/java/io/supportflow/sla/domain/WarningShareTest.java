package io.supportflow.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarningShareTest {

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, 1.5, -0.25, Double.NaN})
  void aShareThatWarnsAtTheStartOrAtTheBreachIsRefused(double share) {
    assertThatThrownBy(() -> new WarningShare(share))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.01, 0.75, 0.99})
  void aShareInsideTheWindowIsKept(double share) {
    assertThat(new WarningShare(share).value()).isEqualTo(share);
  }
}
