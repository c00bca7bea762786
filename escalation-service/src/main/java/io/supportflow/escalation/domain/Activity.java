package io.supportflow.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/** Something that happened on a case and changes its walk. */
public record Activity(Instant at, Kind kind, Priority newPriority) {

  public enum Kind {
    /** The priority was changed: the walk is re-planned from then on. */
    PRIORITY_CHANGED,
    /** An SLA clock of the case breached: the next level may be raised at once. */
    SLA_BREACHED,
    /** Resolved or closed: the walk stops. */
    RESOLVED
  }

  public Activity {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.PRIORITY_CHANGED && newPriority == null) {
      throw new IllegalArgumentException("a priority change names the new priority");
    }
  }

  public static Activity of(Instant at, Kind kind) {
    return new Activity(at, kind, null);
  }

  public static Activity priorityChanged(Instant at, Priority to) {
    return new Activity(at, Kind.PRIORITY_CHANGED, to);
  }
}
