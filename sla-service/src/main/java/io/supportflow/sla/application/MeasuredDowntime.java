package io.supportflow.sla.application;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;

/**
 * The downtime of a resolved case: receipt to resolution minus the time on hold.
 *
 * @param measurementId caseId:downtime:event id of the resolving activity; the same for every
 *     replay of that resolution, so a repeat is recognised
 */
public record MeasuredDowntime(
    String measurementId, Priority priority, Instant receivedAt, Instant resolvedAt, Duration onHold,
    Duration downtime) {}
