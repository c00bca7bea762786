package io.supportflow.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PresetFilesTest {

  @Test
  void everyNamedPresetShipsAFileThatNamesItself() throws IOException {
    for (String name : PresetFiles.NAMES) {
      try (InputStream in = PresetFiles.open(name)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("name: " + name + "\n");
      }
    }
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThereAre() {
    assertThatThrownBy(() -> PresetFiles.open("../application"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no preset '../application'; the presets are "
            + "[annual-maintenance, infra-24x7, maintenance-plans, tiered-business-hours, carrier-grade]");
  }
}
