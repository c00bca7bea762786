package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.EntitlementDecision;
import java.time.Instant;

/**
 * A decision as published: its own event id and time, and the request it answers (for a
 * re-decision: at the case's priority then). revision is null on a case's first decision.
 */
public record RecordedDecision(
    String eventId, Instant decidedAt, SupportRequest request, EntitlementDecision decision, Revision revision) {

  public RecordedDecision(String eventId, Instant decidedAt, SupportRequest request, EntitlementDecision decision) {
    this(eventId, decidedAt, request, decision, null);
  }

  /** 1 for the first decision of a case, one higher for each re-decision. */
  public int version() {
    return revision == null ? 1 : revision.version();
  }

  /** From when the decision applies: the request's receipt for a first decision. */
  public Instant effectiveFrom() {
    return revision == null ? request.receivedAt() : revision.effectiveFrom();
  }
}
