package io.supportflow.timeline;

import java.time.Instant;

/** A decision worth replaying: the case's facts and the terms the service replays it under. */
public record Decision<T>(String caseId, String tenantId, String caseNumber, String customerId,
    int partition, Priority priority, Instant receivedAt, T terms) {}
