package io.supportflow.escalation.domain;

import io.supportflow.timeline.Priority;
import java.time.Instant;

/**
 * A level the case reached: the role told, the person holding it (null when the roster names
 * nobody), when, under which priority, and why.
 */
public record ReachedLevel(int level, Priority priority, String role, Person person, Instant reachedAt,
    String reason) {

  /** Stable across replays, so a level is published once whoever replays the case. */
  public String levelId(String caseId) {
    return caseId + ":" + level + ":" + role + ":" + reachedAt.toEpochMilli();
  }
}
