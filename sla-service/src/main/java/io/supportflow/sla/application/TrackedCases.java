package io.supportflow.sla.application;

import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.SlaTerms;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The cases being timed. Every write is idempotent: a redelivered event records nothing new. */
public interface TrackedCases {

  Optional<TrackedCase> find(String caseId);

  /** Records the terms of a case unless it has terms already. */
  void recordTerms(String caseId, String tenantId, String caseNumber, String customerId, int partition,
      Priority priority, Instant receivedAt, SlaTerms terms);

  /** Appends the activity unless an activity with that event id is recorded already. */
  void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity);

  void recordPublished(String caseId, Collection<String> changeIds);

  /** The tenant's timed cases received in [from, to). */
  List<TrackedCase> receivedBetween(String tenantId, Instant from, Instant to);
}
