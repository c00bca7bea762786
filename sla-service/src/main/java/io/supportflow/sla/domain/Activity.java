package io.supportflow.sla.domain;

import java.time.Instant;
import java.util.Objects;

/** Something that happened on a case and moves its clocks. */
public record Activity(Instant at, Kind kind, Priority newPriority) {

  public enum Kind {
    /** A public response by support: meets first response, follow-up and update. */
    AGENT_RESPONDED,
    CUSTOMER_REPLIED,
    PUT_ON_HOLD,
    RESUMED,
    PRIORITY_CHANGED,
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
