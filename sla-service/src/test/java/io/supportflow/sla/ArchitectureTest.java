package io.supportflow.sla;

import io.supportflow.infra.testing.LayerRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void layersStayHonest() {
    LayerRules.check("io.supportflow.sla");
  }
}
