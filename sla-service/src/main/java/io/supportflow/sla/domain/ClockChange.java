package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;

/**
 * A moment in a clock's life that is published: started, warned, breached, met, paused, resumed,
 * re-timed. deadline and warningAt are as they stood at that moment, projected as if the clock
 * ran on (warningAt null once warned); counted is the covered time counted at that moment.
 */
public record ClockChange(
    ClockKind kind, int sequence, Type type, Instant at, Priority priority, ReactionTarget target,
    Instant startedAt, Instant deadline, Instant warningAt, Duration counted, Duration margin) {

  public enum Type {
    STARTED, WARNING, BREACHED, MET, PAUSED, RESUMED, RETIMED
  }

  /** Stable across replays: the same change of the same clock at the same instant. */
  public String changeId(String caseId) {
    return caseId + ":" + kind + ":" + sequence + ":" + type + ":" + at.toEpochMilli();
  }
}
