package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.AccessKeys;

/** The authenticated caller: one tenant's integration, customer or agent, identified by its key. */
public record CallerPrincipal(AccessKeys.Caller caller) {

  public String tenantId() {
    return caller.tenantId();
  }

  public AccessKeys.Role role() {
    return caller.role();
  }

  /** The customer id for a customer, the agent id for an agent, the tenant for an integration. */
  public String subject() {
    return caller.subject();
  }

  /** Only a customer is restricted to its own cases. */
  public String customerIdOrNull() {
    return role() == AccessKeys.Role.CUSTOMER ? subject() : null;
  }
}
