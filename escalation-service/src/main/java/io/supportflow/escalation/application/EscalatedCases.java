package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.Priority;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** The cases being walked. Every write is idempotent: a redelivered event records nothing new. */
public interface EscalatedCases {

  Optional<EscalatedCase> find(String caseId);

  /** Records the terms of a case unless it has terms already. */
  void recordTerms(String caseId, String tenantId, String caseNumber, int partition,
      Priority priority, Instant receivedAt, EscalationTerms terms);

  /** Appends the activity unless an activity with that event id is recorded already. */
  void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity);

  void recordPublished(String caseId, Collection<String> levelIds);
}
