package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseFile;

/** Reads a case with its thread; a customer reads only its own cases. */
public final class ViewCase {

  private final CaseFiles files;

  public ViewCase(CaseFiles files) {
    this.files = files;
  }

  /** @param customerId the customer asking, or null for an agent of the tenant */
  public CaseFile view(String tenantId, String caseNumber, String customerId) {
    return files.byNumber(tenantId, caseNumber)
        .filter(f -> customerId == null || customerId.equals(f.opened().customerId()))
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }
}
