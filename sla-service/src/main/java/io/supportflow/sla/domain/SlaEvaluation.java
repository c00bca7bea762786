package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every clock of a case as it stands at the evaluation instant, every change on the way there,
 * the case's priority then (at resolution, once resolved), the time spent on hold, and the
 * downtime (receipt to resolution minus hold; null until resolved).
 */
public record SlaEvaluation(
    List<ClockReport> clocks, List<ClockChange> changes, Priority priority, Duration onHold,
    Instant resolvedAt, Duration downtime) {

  public SlaEvaluation {
    clocks = List.copyOf(clocks);
    changes = List.copyOf(changes);
  }

  public boolean resolved() {
    return resolvedAt != null;
  }
}
