package io.supportflow.sla.application;

import io.supportflow.sla.domain.ResponseClock;
import java.time.Instant;

/**
 * A clock as started and announced: the event id and instant of the STARTED change, the decision
 * that started it, and when this service recorded it.
 */
public record StartedClock(
    String eventId,
    Instant occurredAt,
    Instant recordedAt,
    String decisionEventId,
    String tenantId,
    String caseNumber,
    ResponseClock clock) {}
