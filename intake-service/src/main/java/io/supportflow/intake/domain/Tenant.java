package io.supportflow.intake.domain;

import java.util.Objects;

/** A vendor running its support desk on SupportFlow; its case numbers carry its prefix. */
public record Tenant(String tenantId, String name, String caseNumberPrefix) {

  public Tenant {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(caseNumberPrefix, "caseNumberPrefix");
  }
}
