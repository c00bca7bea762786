package io.supportflow.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened on a case and that a replaying service records on its timeline. Each
 * service records the kinds its replay reads and maps the others to nothing.
 */
public record Activity(Instant at, Kind kind, Priority newPriority) {

  public enum Kind {
    /** A public response by support: meets first response, follow-up and update (sla). */
    AGENT_RESPONDED,
    /** The customer answered (sla). */
    CUSTOMER_REPLIED,
    /** Waiting on the customer: clocks pause (sla). */
    PUT_ON_HOLD,
    /** The wait is over (sla). */
    RESUMED,
    /** The priority was changed: clocks are retimed, the walk re-planned (sla, escalation). */
    PRIORITY_CHANGED,
    /** An SLA clock of the case breached: the next level may be raised at once (escalation). */
    SLA_BREACHED,
    /** Resolved or closed: clocks and walk stop (sla, escalation). */
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
