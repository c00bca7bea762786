package io.supportflow.escalation.domain;

import io.supportflow.timeline.Priority;
import java.util.List;

/** The walk of a case at an instant: levels reached, in order, and those still ahead. */
public record EscalationReport(Priority priority, boolean resolved, List<ReachedLevel> reached, List<NextLevel> next) {

  public EscalationReport {
    reached = List.copyOf(reached);
    next = List.copyOf(next);
  }
}
