package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks.Preview;
import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.ClockReport;
import io.supportflow.sla.domain.ReactionTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Every clock with its target, deadline, warning, state and times; the changes; the downtime. */
record PreviewResponse(
    Instant evaluatedAt,
    Instant workCommencesAt,
    List<Clock> clocks,
    List<Change> changes,
    Duration onHold,
    Instant resolvedAt,
    Duration downtime) {

  record Target(String priority, String metric, int amount, String unit) {
    static Target of(ReactionTarget t) {
      return new Target(t.priority().name(), t.metric().name(), t.amount(), t.unit().name());
    }
  }

  record Clock(String clock, int sequence, String priority, Target target, String state,
      Instant startedAt, Instant warningAt, Instant deadline, Duration counted, Duration remaining,
      Instant warnedAt, Instant breachedAt, Instant satisfiedAt, Duration margin) {

    static Clock of(ClockReport c) {
      return new Clock(c.kind().name(), c.sequence(), c.priority().name(), Target.of(c.target()),
          c.state().name(), c.startedAt(), c.warningAt(), c.deadline(), c.counted(), c.remaining(),
          c.warnedAt(), c.breachedAt(), c.satisfiedAt(), c.margin());
    }
  }

  record Change(String clock, int sequence, String change, Instant at, String priority,
      Target target, Duration counted, Duration margin) {

    static Change of(ClockChange c) {
      return new Change(c.kind().name(), c.sequence(), c.type().name(), c.at(), c.priority().name(),
          Target.of(c.target()), c.counted(), c.margin());
    }
  }

  static PreviewResponse of(Preview p) {
    var e = p.evaluation();
    return new PreviewResponse(p.evaluatedAt(), p.workCommencesAt(),
        e.clocks().stream().map(Clock::of).toList(),
        e.changes().stream().map(Change::of).toList(),
        e.onHold(), e.resolvedAt(), e.downtime());
  }
}
