package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Preset;

/** Puts a preset's plan on a contract of the tenant (see TenantPolicy.applyPreset). */
public record ApplyPreset(EditPolicy editPolicy, PresetCatalog presets) {

  public StoredPolicy apply(String tenantId, String contractId, String presetName, String tier) {
    Preset preset = presets.byName(presetName)
        .orElseThrow(() -> new NotFoundException("No preset '" + presetName + "'"));
    return editPolicy.edit(tenantId, policy -> {
      if (policy.contract(contractId).isEmpty()) {
        throw new NotFoundException("No contract '" + contractId + "'");
      }
      return policy.applyPreset(preset, contractId, tier);
    });
  }
}
