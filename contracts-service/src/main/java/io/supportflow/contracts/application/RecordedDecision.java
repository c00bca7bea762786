package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.EntitlementDecision;
import java.time.Instant;

/** A decision as published: its own event id and time, and the request it answers. */
public record RecordedDecision(
    String eventId, Instant decidedAt, SupportRequest request, EntitlementDecision decision) {}
