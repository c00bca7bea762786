package io.supportflow.sla.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the entitlement decision says about a case that matters for timing it. */
public record DecidedCase(
    String caseId,
    EntitlementOutcome outcome,
    Priority priority,
    Instant receivedAt,
    List<ReactionTarget> targets) {

  public DecidedCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(receivedAt, "receivedAt");
    // A decision without terms promises nothing: no targets.
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** The promise for this case's priority and the metric, if the terms make one. */
  public Optional<ReactionTarget> targetFor(ReactionMetric metric) {
    return targets.stream()
        .filter(t -> t.priority() == priority && t.metric() == metric)
        .findFirst();
  }
}
