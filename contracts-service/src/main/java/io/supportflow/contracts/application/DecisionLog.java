package io.supportflow.contracts.application;

import java.util.List;
import java.util.Optional;

/** Decisions made, keyed by the request event they answer: a redelivered request is not re-decided. */
public interface DecisionLog {

  Optional<RecordedDecision> forRequest(String requestEventId);

  /** The first decision of a case (for cases decided before their re-decision state was kept). */
  Optional<RecordedDecision> forCase(String caseId);

  /** Stores the decision unless one exists for the request already; returns whichever is stored. */
  RecordedDecision recordOnce(RecordedDecision decision);

  /** {@link #recordOnce} for each, in order; a store may do it in one write. */
  default List<RecordedDecision> recordAllOnce(List<RecordedDecision> decisions) {
    return decisions.stream().map(this::recordOnce).toList();
  }
}
