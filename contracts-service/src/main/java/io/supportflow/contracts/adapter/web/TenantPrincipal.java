package io.supportflow.contracts.adapter.web;

/** The authenticated caller: an administrator of one tenant, identified by the tenant's admin API key. */
public record TenantPrincipal(String tenantId) {

  /** A key sees only its own tenant: any other tenant in the path is forbidden. */
  void requireTenant(String pathTenantId) {
    if (tenantId == null || !tenantId.equals(pathTenantId)) {
      throw new OtherTenantException();
    }
  }

  static final class OtherTenantException extends RuntimeException {
    OtherTenantException() {
      super("This key administers another tenant.");
    }
  }
}
