package io.supportflow.notification.domain;

import java.time.Instant;

/** An SLA clock that warned (breached = false) or breached. */
public record SlaAlert(String tenantId, String eventId, String caseId, String caseNumber, Priority priority,
    String clock, boolean breached, Instant deadline) implements CaseOccurrence {}
