package io.supportflow.timeline;

import java.time.Instant;

/**
 * A decision about a case: its facts, the terms the service works it under from
 * {@link #appliesFrom()} (null where it gives the service nothing to work with: not entitled, or
 * terms the service has nothing to do with), its version (1 for the first decision, each
 * re-decision one higher) and the instant a re-decision applies from (null on a first decision,
 * which applies from the receipt).
 */
public record Decision<T>(String caseId, String tenantId, String caseNumber, String customerId,
    int partition, Priority priority, Instant receivedAt, T terms, int version, Instant effectiveFrom) {

  public Decision {
    if (version < 1) {
      throw new IllegalArgumentException("a decision's version is 1 or more: " + version);
    }
  }

  /** A first decision (version 1), in force from the receipt. */
  public Decision(String caseId, String tenantId, String caseNumber, String customerId,
      int partition, Priority priority, Instant receivedAt, T terms) {
    this(caseId, tenantId, caseNumber, customerId, partition, priority, receivedAt, terms, 1, null);
  }

  /** When its outcome and terms apply from: effectiveFrom, or the receipt for a first decision. */
  public Instant appliesFrom() {
    if (effectiveFrom == null || effectiveFrom.isBefore(receivedAt)) {
      return receivedAt;
    }
    return effectiveFrom;
  }

  /** The stretch of the case's time it decides. */
  public TermsSegment<T> segment() {
    return new TermsSegment<>(version, appliesFrom(), priority, terms);
  }
}
