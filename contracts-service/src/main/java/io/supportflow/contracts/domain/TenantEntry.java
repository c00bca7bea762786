package io.supportflow.contracts.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A tenant as the operator created it: its id, name, home zone and case-number prefix (the one intake
 * numbers its cases with). Published on tenants.directory for the services that need it.
 *
 * @param version 1 when created; higher is newer
 */
public record TenantEntry(String tenantId, String name, ZoneId zone, String caseNumberPrefix, Instant createdAt,
    long version) {

  private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

  public TenantEntry {
    Checks.id("tenantId", tenantId);
    name = Checks.text("name", name, Checks.NAME);
    Checks.required("zone", zone);
    if (caseNumberPrefix == null || !PREFIX.matcher(caseNumberPrefix).matches()) {
      throw new PolicyViolation("caseNumberPrefix", "must be 2-10 upper-case letters or digits, starting with a letter");
    }
    Checks.required("createdAt", createdAt);
  }

  public static TenantEntry created(String tenantId, String name, ZoneId zone, String caseNumberPrefix, Instant at) {
    return new TenantEntry(tenantId, name, zone, caseNumberPrefix, at, 1);
  }
}
