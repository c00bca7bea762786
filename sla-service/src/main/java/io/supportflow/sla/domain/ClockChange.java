package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;

/**
 * A moment in a clock's life that is published: started, warned, breached, met, paused, resumed,
 * re-timed, stopped. deadline and warningAt are as they stood at that moment, projected as if the
 * clock ran on (warningAt null once warned); counted is the covered time counted at that moment.
 * byDecision is the version of the re-decision that caused the change (0 when an activity or the
 * passing time did): a decision's re-timing at the instant of an activity's is a change of its own.
 */
public record ClockChange(
    ClockKind kind, int sequence, Type type, Instant at, Priority priority, ReactionTarget target,
    Instant startedAt, Instant deadline, Instant warningAt, Duration counted, Duration margin, int byDecision) {

  public enum Type {
    STARTED, WARNING, BREACHED, MET, PAUSED, RESUMED, RETIMED,
    /** A re-decision no longer entitles the case: the clock counts no more (what it counted stands). */
    STOPPED
  }

  /**
   * Stable across replays: the same change of the same clock at the same instant (and, for one a
   * re-decision caused, of the same decision version).
   */
  public String changeId(String caseId) {
    String id = caseId + ":" + kind + ":" + sequence + ":" + type + ":" + at.toEpochMilli();
    return byDecision > 1 ? id + ":v" + byDecision : id;
  }
}
