package io.supportflow.intake.application;

import io.supportflow.intake.domain.Tenant;

/**
 * A tenant the operator created through contracts-service (tenants.directory) becomes one intake
 * opens cases for, numbered with its prefix. An entry read again, or an older one, changes nothing.
 */
public record KeepTenantEntry(TenantEntries entries) {

  public void changed(String tenantId, String name, String zone, String caseNumberPrefix, long version) {
    entries.keep(new Tenant(tenantId, name, caseNumberPrefix), zone, version);
  }
}
