package io.supportflow.contracts.adapter.presets;

import io.supportflow.contracts.application.PresetCatalog;
import io.supportflow.contracts.domain.Preset;
import io.supportflow.presets.PresetFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The presets of the presets module, read into policy records and checked once at start: a broken
 * preset fails the start.
 */
public final class ClasspathPresetCatalog implements PresetCatalog {

  private final List<Preset> presets;

  public ClasspathPresetCatalog(YAMLMapper yaml) {
    this.presets = PresetFiles.NAMES.stream().map(name -> load(yaml, name)).toList();
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
    try (InputStream in = PresetFiles.open(name)) {
      Preset preset = yaml.readValue(in, Preset.class);
      if (!preset.name().equals(name)) {
        throw new IllegalStateException("preset " + name + " names itself " + preset.name());
      }
      return preset;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read preset " + name, e);
    }
  }
}
