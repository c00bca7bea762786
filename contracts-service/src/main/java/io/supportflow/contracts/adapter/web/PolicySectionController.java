package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.application.PolicySection;
import io.supportflow.contracts.application.StoredPolicy;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * List, read, create, replace and delete the entries of one section of the caller's tenant policy;
 * edits honour If-Match with the policy's revision, as the whole document's do.
 */
abstract class PolicySectionController<T> {

  private final EditPolicy editPolicy;
  private final PolicySection<T> section;

  PolicySectionController(EditPolicy editPolicy, PolicySection<T> section) {
    this.editPolicy = editPolicy;
    this.section = section;
  }

  @GetMapping(produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<List<T>> list(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.read(tenantId);
    return ResponseEntity.ok().eTag(TenantPolicyController.etag(stored)).body(section.entries(stored.policy()));
  }

  @GetMapping(path = "/{id}", produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<T> read(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @PathVariable String id) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.read(tenantId);
    return ResponseEntity.ok().eTag(TenantPolicyController.etag(stored)).body(section.entry(stored.policy(), id)
        .orElseThrow(() -> new NotFoundException("No " + section.noun() + " '" + id + "'")));
  }

  @PostMapping(consumes = {Formats.JSON, Formats.YAML}, produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<T> create(
      @AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody T entry) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.create(tenantId, IfMatch.revision(ifMatch), section, entry);
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest()
        .path("/{id}").buildAndExpand(section.idOf(entry)).toUri()).eTag(TenantPolicyController.etag(stored)).body(entry);
  }

  @PutMapping(path = "/{id}", consumes = {Formats.JSON, Formats.YAML}, produces = {Formats.JSON, Formats.YAML})
  ResponseEntity<T> replace(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @PathVariable String id, @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
      @RequestBody T entry) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.replace(tenantId, IfMatch.revision(ifMatch), section, id, entry);
    return ResponseEntity.ok().eTag(TenantPolicyController.etag(stored)).body(entry);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(
      @AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId, @PathVariable String id,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    caller.requireTenant(tenantId);
    StoredPolicy stored = editPolicy.delete(tenantId, IfMatch.revision(ifMatch), section, id);
    return ResponseEntity.noContent().eTag(TenantPolicyController.etag(stored)).build();
  }
}
