package io.supportflow.intake.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The case records. A new case is stored with its announcement still pending, in one write, so a
 * request accepted while Kafka is away is announced later rather than lost.
 */
public interface CaseRecords {

  /**
   * @throws CaseNumberTakenException when the tenant already has a case with that number
   * @throws CaseAlreadyRecordedException when a case with that id is already stored
   */
  void recordNew(OpenedCase opened);

  void markAnnounced(String caseId, Instant at);

  /** Marks the cases announced together (one write where the store can). */
  default void markAllAnnounced(Collection<String> caseIds, Instant at) {
    caseIds.forEach(caseId -> markAnnounced(caseId, at));
  }

  /** Cases whose announcement is still pending and that were received before the cutoff. */
  List<OpenedCase> unannouncedBefore(Instant cutoff, int limit);

  Optional<OpenedCase> byId(String caseId);
}
