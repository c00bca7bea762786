package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.TenantDirectory;
import io.supportflow.intake.domain.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds the presented key: the console exchanges an agent's or customer's own key for a
 * session with this, so it never keeps a key store of its own. Any valid key may ask.
 */
@RestController
@Tag(name = "Who am I", description = "The tenant, role and name of the presented key")
public record WhoAmIController(TenantDirectory tenants) {

  /**
   * @param subject the agent id, customer id, or the tenant id for an integration key
   * @param displayName what a page greets the holder with
   */
  record WhoAmI(String tenantId, String tenantName, String role, String subject, String displayName) {}

  @Operation(summary = "The holder of the presented key",
      description = "For the console's sign-in: tenant, role (INTEGRATION, CUSTOMER, AGENT) and a display name.")
  @GetMapping(path = "/api/v1/whoami", produces = "application/json")
  WhoAmI whoAmI(@AuthenticationPrincipal CallerPrincipal caller) {
    String tenantName = tenants.byId(caller.tenantId()).map(Tenant::name).orElse(caller.tenantId());
    String displayName = switch (caller.role()) {
      case INTEGRATION -> tenantName + " (integration)";
      case CUSTOMER, AGENT -> caller.subject();
    };
    return new WhoAmI(caller.tenantId(), tenantName, caller.role().name(), caller.subject(), displayName);
  }
}
