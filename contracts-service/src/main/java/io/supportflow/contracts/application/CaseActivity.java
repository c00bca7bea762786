package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Priority;
import java.time.Instant;

/**
 * What contracts-service reads of a case activity: a priority change, a customer's reply (text), or
 * the end of the case. kind is OTHER for everything else (agent responses, hold, resume).
 */
public record CaseActivity(
    String eventId, String tenantId, String caseId, Instant occurredAt, Kind kind, Priority newPriority,
    String message) {

  public enum Kind { PRIORITY_CHANGED, CUSTOMER_REPLIED, RESOLVED, CLOSED, OTHER }
}
