package io.supportflow.intake.application;

import io.supportflow.intake.domain.Tenant;

/** Where the tenants contracts-service created are kept for intake: their name and case-number prefix. */
public interface TenantEntries {

  /**
   * Keeps the tenant's entry at this version, unless a newer one is kept already; the tenant's
   * channel settings stay as they are.
   */
  void keep(Tenant tenant, String zone, long version);
}
