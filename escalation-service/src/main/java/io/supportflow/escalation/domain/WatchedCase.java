package io.supportflow.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A case this service will walk up its escalation matrix until it is resolved: the matrix levels
 * count from receivedAt. escalationMatrixId may be null: the case is watched, but nobody is named.
 */
public record WatchedCase(
    String caseId,
    String tenantId,
    String caseNumber,
    Priority priority,
    Instant receivedAt,
    String escalationMatrixId) {

  public WatchedCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
