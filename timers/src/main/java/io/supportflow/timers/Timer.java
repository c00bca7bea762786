package io.supportflow.timers;

import java.time.Instant;
import java.util.Objects;

/**
 * Something due at an instant for a case: an SLA warning or breach, an escalation level, a
 * status mail. It lives on the case's partition, so the instance that owns the partition owns the
 * timer. The id is derived from case, kind and due time: firing it twice yields the same event id.
 *
 * <p>A timer set while a case was being handled also keeps that handling's W3C {@code traceparent}
 * and the case number (both null when there were none), so its firing continues the case's trace
 * and its log lines name the case (see {@link FiringContext}). Neither is part of its identity.
 */
public record Timer(String tenantId, String caseId, String kind, Instant dueAt, int partition,
    String traceparent, String caseNumber) {

  public Timer {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative: " + partition);
    }
  }

  /** A timer that keeps no trace and no case number. */
  public Timer(String tenantId, String caseId, String kind, Instant dueAt, int partition) {
    this(tenantId, caseId, kind, dueAt, partition, null, null);
  }

  /** The same timer keeping the given trace and case number where it has none of its own. */
  public Timer withContext(String traceparent, String caseNumber) {
    return new Timer(tenantId, caseId, kind, dueAt, partition,
        this.traceparent != null ? this.traceparent : traceparent,
        this.caseNumber != null ? this.caseNumber : caseNumber);
  }

  /** caseId:kind:dueAt(epoch millis), the deterministic id of the timer and of what it emits. */
  public String timerId() {
    return caseId + ":" + kind + ":" + dueAt.toEpochMilli();
  }
}
