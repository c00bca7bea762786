package io.supportflow.timers;

import java.time.Instant;
import java.util.Objects;

/**
 * Something due at an instant for a case: an SLA warning or breach, an escalation level, a
 * status mail. It lives on the case's partition, so the instance that owns the partition owns the
 * timer. The id is derived from case, kind and due time: firing it twice yields the same event id.
 */
public record Timer(String tenantId, String caseId, String kind, Instant dueAt, int partition) {

  public Timer {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative: " + partition);
    }
  }

  /** caseId:kind:dueAt(epoch millis), the deterministic id of the timer and of what it emits. */
  public String timerId() {
    return caseId + ":" + kind + ":" + dueAt.toEpochMilli();
  }
}
