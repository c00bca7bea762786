package io.supportflow.intake.domain;


/** A vendor running its support desk on SupportFlow; its case numbers carry its prefix. */
public record Tenant(String tenantId, String name, String caseNumberPrefix) {

  public Tenant {
    Required.present("tenantId, name, caseNumberPrefix", tenantId, name, caseNumberPrefix);
  }
}
