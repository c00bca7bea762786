package io.supportflow.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the entitlement decision says about a case that matters for escalating it.
 * escalationMatrixId is null when the terms name no matrix, or when there are no terms.
 */
public record DecidedCase(
    String caseId,
    String tenantId,
    String caseNumber,
    EntitlementOutcome outcome,
    Priority priority,
    Instant receivedAt,
    boolean hasTerms,
    String escalationMatrixId) {

  public DecidedCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
