package io.supportflow.console;

import io.supportflow.infra.testing.LayerRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void layersStayHonest() {
    LayerRules.check("io.supportflow.console");
  }
}
