package io.supportflow.sla.domain;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.timeline.Priority;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a case's clocks are measured against: the coverage calendar, the targets per priority and
 * metric, when to warn, and which priorities run round the clock once work has commenced (the
 * policies' "once a P1 or P2 incident is being worked on, work continues until it is fixed").
 */
public record SlaTerms(
    BusinessCalendar calendar,
    List<ReactionTarget> targets,
    WarningShare warningShare,
    Set<Priority> aroundTheClockOnceWorking) {

  public SlaTerms {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(warningShare, "warningShare");
    targets = List.copyOf(targets);
    aroundTheClockOnceWorking = Set.copyOf(aroundTheClockOnceWorking);
  }

  public Optional<ReactionTarget> target(Priority priority, ReactionMetric metric) {
    return targets.stream()
        .filter(t -> t.priority() == priority && t.metric() == metric)
        .findFirst();
  }
}
