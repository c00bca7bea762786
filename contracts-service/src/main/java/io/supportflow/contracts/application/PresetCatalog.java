package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Preset;
import java.util.List;
import java.util.Optional;

/** The reference policies shipped with the platform. */
public interface PresetCatalog {

  List<Preset> all();

  Optional<Preset> byName(String name);
}
