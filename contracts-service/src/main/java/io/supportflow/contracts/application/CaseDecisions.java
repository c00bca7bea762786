package io.supportflow.contracts.application;

import java.util.List;
import java.util.Optional;

/**
 * The decided cases, one record per case, with the re-decisions not yet published (the outbox of
 * contracts.entitlements for re-decisions): a new decision and its publication are one write.
 */
public interface CaseDecisions {

  /** Keeps the case after its first decision unless it is kept already (a redelivered request). */
  void openIfAbsent(DecidedCase decided);

  /** {@link #openIfAbsent} for each; a store may do it in one write. */
  default void openAllIfAbsent(List<DecidedCase> decided) {
    decided.forEach(this::openIfAbsent);
  }

  Optional<DecidedCase> find(String caseId);

  /** The open cases of a tenant's customer, by the customer of their decision in force. */
  List<DecidedCase> openOf(String tenantId, String customerId);

  /** Marks the case resolved or closed: it is not decided again. */
  void close(String caseId);

  /**
   * Replaces the case as it was read (same revision) by next, adding toPublish (when not null) to
   * its unpublished decisions in the same write. False when the case was written in between.
   */
  boolean replace(DecidedCase read, DecidedCase next, RecordedDecision toPublish);

  /** Re-decisions stored but not yet published, oldest first, of every case. */
  List<RecordedDecision> unpublished();

  void markPublished(String caseId, String eventId);
}
