package io.supportflow.presets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The escalation matrices a preset defines, level by level as its file writes them, so a service
 * that falls back on a preset's matrix reads the numbers from the one place they are written.
 */
public final class PresetMatrices {

  /** One level: after amount units from receipt, the role is told about a case of that priority. */
  public record Level(String priority, int amount, String unit, String role) {}

  private PresetMatrices() {}

  /** The levels of the preset's matrix of that id, in the file's order. */
  public static List<Level> levels(String preset, String matrixId) {
    JsonNode root;
    try (InputStream in = PresetFiles.open(preset)) {
      root = YAMLMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("preset " + preset + " could not be read", e);
    }
    for (JsonNode matrix : root.path("escalationMatrices")) {
      if (matrixId.equals(matrix.path("matrixId").asString())) {
        List<Level> levels = new ArrayList<>();
        for (JsonNode l : matrix.path("levels")) {
          levels.add(new Level(l.path("priority").asString(), l.path("amount").asInt(), l.path("unit").asString(),
              l.path("role").asString()));
        }
        return List.copyOf(levels);
      }
    }
    throw new IllegalArgumentException("preset " + preset + " has no escalation matrix '" + matrixId + "'");
  }
}
