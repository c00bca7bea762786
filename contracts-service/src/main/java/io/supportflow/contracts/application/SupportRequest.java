package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Priority;
import java.time.Instant;

/** The parts of a received request that entitlement needs, as the use case sees them. */
public record SupportRequest(
    String eventId,
    String tenantId,
    String caseId,
    String caseNumber,
    String reporterName,
    String reporterEmail,
    String reporterPhone,
    String subject,
    Priority priority,
    String language,
    Instant receivedAt) {}
