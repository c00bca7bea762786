package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.application.PresetCatalog;
import io.supportflow.contracts.domain.Preset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference policies shipped with the platform, the same for every tenant. */
@RestController
@RequestMapping("/api/v1/admin/presets")
public record PresetController(PresetCatalog presets) {

  @GetMapping(produces = {Formats.JSON, Formats.YAML})
  List<Preset> all() {
    return presets.all();
  }

  @GetMapping(path = "/{name}", produces = {Formats.JSON, Formats.YAML})
  Preset one(@PathVariable String name) {
    return presets.byName(name).orElseThrow(() -> new NotFoundException("No preset '" + name + "'"));
  }
}
