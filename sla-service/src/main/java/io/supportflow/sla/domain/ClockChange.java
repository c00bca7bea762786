package io.supportflow.sla.domain;

import java.time.Duration;
import java.time.Instant;

/** A moment in a clock's life that is published: started, warned, breached, met, paused, resumed, re-timed. */
public record ClockChange(
    ClockKind kind, int sequence, Type type, Instant at, Priority priority, ReactionTarget target,
    Duration counted, Duration margin) {

  public enum Type {
    STARTED, WARNING, BREACHED, MET, PAUSED, RESUMED, RETIMED
  }
}
