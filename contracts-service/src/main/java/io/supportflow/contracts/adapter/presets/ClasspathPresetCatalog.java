package io.supportflow.contracts.adapter.presets;

import io.supportflow.contracts.application.PresetCatalog;
import io.supportflow.contracts.domain.Preset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The presets shipped in presets/NAME.yaml, read and checked once at start: a broken preset fails the start. */
public final class ClasspathPresetCatalog implements PresetCatalog {

  public static final List<String> NAMES = List.of(
      "annual-maintenance", "infra-24x7", "maintenance-plans", "tiered-business-hours", "carrier-grade");

  private final List<Preset> presets;

  public ClasspathPresetCatalog(YAMLMapper yaml) {
    this.presets = NAMES.stream().map(name -> load(yaml, name)).toList();
  }

  @Override
  public List<Preset> all() {
    return presets;
  }

  @Override
  public Optional<Preset> byName(String name) {
    return presets.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  private static Preset load(YAMLMapper yaml, String name) {
    String resource = "presets/" + name + ".yaml";
    try (InputStream in = ClasspathPresetCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset " + resource + " is missing from the classpath");
      }
      Preset preset = yaml.readValue(in, Preset.class);
      if (!preset.name().equals(name)) {
        throw new IllegalStateException(resource + " names itself " + preset.name());
      }
      return preset;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preset " + resource, e);
    }
  }
}
