package io.supportflow.intake.domain.incident;

import java.time.Instant;
import java.util.Objects;

/** A case still being worked on that contracts found to be about a product: what the surge rule counts. */
public record CaseOnProduct(String caseId, String caseNumber, String customerId, Instant receivedAt) {

  public CaseOnProduct {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
