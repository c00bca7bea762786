package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.OnboardTenant;
import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.contracts.domain.TenantEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The platform operator's API (an operator key, configured as *:operator:&lt;sha256&gt;): create a
 * tenant with its zone, case-number prefix and first admin key (in the answer once), and list the
 * tenants created so.
 */
@RestController
@RequestMapping("/api/v1/operator/tenants")
@Tag(name = "Operator", description = "Create tenants and their first admin key")
public record OperatorController(OnboardTenant onboard) {

  /**
   * @param zone the tenant's home zone, e.g. Europe/Amsterdam
   * @param caseNumberPrefix what its case numbers start with: 2-10 upper-case letters or digits
   * @param adminKeyExpiresAt when the first admin key stops working; left out: never
   */
  record NewTenant(String tenantId, String name, String zone, String caseNumberPrefix, Instant adminKeyExpiresAt) {}

  record TenantView(String tenantId, String name, String zone, String caseNumberPrefix, Instant createdAt) {

    static TenantView of(TenantEntry entry) {
      return new TenantView(entry.tenantId(), entry.name(), entry.zone().getId(), entry.caseNumberPrefix(),
          entry.createdAt());
    }
  }

  /** The first admin key: {@code key} is the secret, shown this once. */
  record AdminKeyView(String key, String prefix, Instant issuedAt, Instant expiresAt) {}

  record CreatedTenant(TenantView tenant, AdminKeyView adminKey) {}

  @Operation(summary = "Create a tenant", description = "With an empty policy and its first admin key (in the answer once).")
  @PostMapping(consumes = "application/json", produces = "application/json")
  ResponseEntity<CreatedTenant> create(@RequestBody NewTenant body) {
    OnboardTenant.Onboarded created = onboard.create(body.tenantId(), body.name(), zone(body.zone()),
        body.caseNumberPrefix(), body.adminKeyExpiresAt());
    IssuedKey key = created.adminKey().key();
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/admin/tenants/{tenantId}/policy").buildAndExpand(created.tenant().tenantId()).toUri())
        .body(new CreatedTenant(TenantView.of(created.tenant()),
            new AdminKeyView(created.adminKey().secret(), key.prefix(), key.issuedAt(), key.expiresAt())));
  }

  @Operation(summary = "The tenants created through this API")
  @GetMapping(produces = "application/json")
  List<TenantView> list() {
    return onboard.list().stream().map(TenantView::of).toList();
  }

  private static ZoneId zone(String zone) {
    if (zone == null || zone.isBlank()) {
      throw new PolicyViolation("zone", "is required, e.g. Europe/Amsterdam");
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new PolicyViolation("zone", "is not a time zone: use an IANA id such as Europe/Amsterdam");
    }
  }
}
