package io.supportflow.presets;

import java.io.InputStream;
import java.util.List;

/**
 * The reference policies shipped with the platform, one YAML file each under presets/ on the
 * classpath. contracts-service reads them into its policy records; sla-service's preview reads
 * their plans: one copy of the numbers for both.
 */
public final class PresetFiles {

  /** Neutral names, in the order the catalog lists them. */
  public static final List<String> NAMES = List.of(
      "annual-maintenance", "infra-24x7", "maintenance-plans", "tiered-business-hours", "carrier-grade");

  private PresetFiles() {}

  /** The preset's YAML; the caller closes it. */
  public static InputStream open(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no preset '" + name + "'; the presets are " + NAMES);
    }
    String resource = "presets/" + name + ".yaml";
    InputStream in = PresetFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("preset " + resource + " is missing from the classpath");
    }
    return in;
  }
}
