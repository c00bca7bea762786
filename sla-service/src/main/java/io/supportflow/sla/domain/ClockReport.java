package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;

/**
 * One clock as it stands at the moment of evaluation. deadline and warningAt are when they will
 * fall if nothing happens and the case is not put on hold (null once settled or while paused);
 * margin is how early the clock was met (negative: how late).
 */
public record ClockReport(
    ClockKind kind,
    int sequence,
    Priority priority,
    ReactionTarget target,
    ClockState state,
    Instant startedAt,
    Instant warningAt,
    Instant deadline,
    Duration counted,
    Duration remaining,
    Instant warnedAt,
    Instant breachedAt,
    Instant satisfiedAt,
    Duration margin) {}
