package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.ApplyPreset;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.StoredPolicy;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's whole policy as one reviewable JSON or YAML document (export with GET, import with
 * PUT), its settings, and applying a preset to a contract. The ETag is the policy's revision; an
 * edit sent with If-Match is refused (412) when another was stored since that revision.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}")
public record TenantPolicyController(EditPolicy editPolicy, ApplyPreset applyPreset) {

  @GetMapping(path = "/policy", produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<TenantPolicy> export(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId) {
    caller.requireTenant(tenantId);
    return withRevision(editPolicy.read(tenantId));
  }

  @PutMapping(path = "/policy", consumes = {Formats.JSON, Formats.YAML}, produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<TenantPolicy> importPolicy(@AuthenticationPrincipal TenantPrincipal caller,
      @PathVariable String tenantId, @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody TenantPolicy policy) {
    caller.requireTenant(tenantId);
    return withRevision(editPolicy.replaceAll(tenantId, IfMatch.revision(ifMatch), policy));
  }

  @GetMapping(path = "/settings", produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<Tenant> settings(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.read(tenantId);
    return ResponseEntity.ok().eTag(etag(stored)).body(stored.policy().tenant());
  }

  @PutMapping(path = "/settings", consumes = {Formats.JSON, Formats.YAML}, produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<Tenant> replaceSettings(@AuthenticationPrincipal TenantPrincipal caller,
      @PathVariable String tenantId, @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody Tenant settings) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.edit(tenantId, IfMatch.revision(ifMatch), policy -> policy.withTenant(settings));
    return ResponseEntity.ok().eTag(etag(stored)).body(stored.policy().tenant());
  }

  /** Which preset, and which of its tiers (may be left out when the preset sells one plan). */
  record PresetChoice(String preset, String tier) {}

  @PostMapping(path = "/contracts/{contractId}/preset", consumes = {Formats.JSON, Formats.YAML},
      produces = {Formats.JSON, Formats.YAML})
  Contract applyPreset(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @PathVariable String contractId, @RequestBody PresetChoice choice) {
    caller.requireTenant(tenantId);
    if (choice.preset() == null || choice.preset().isBlank()) {
      throw new PolicyViolation("preset", "is required: one of the names GET /api/v1/admin/presets lists");
    }
    return applyPreset.apply(tenantId, contractId, choice.preset().strip(), choice.tier())
        .policy().contract(contractId).orElseThrow();
  }

  private static ResponseEntity<TenantPolicy> withRevision(StoredPolicy stored) {
    return ResponseEntity.ok().eTag(etag(stored)).body(stored.policy());
  }

  /** The policy's revision is the ETag of the whole document and of each part of it. */
  static String etag(StoredPolicy stored) {
    return "\"" + stored.revision() + "\"";
  }
}
