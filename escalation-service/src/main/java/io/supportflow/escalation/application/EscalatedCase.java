package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What escalation-service keeps of a case: its terms (null until the decision arrives; activities
 * may come first), its timeline, and the ids of the levels already published.
 */
public record EscalatedCase(
    String caseId,
    String tenantId,
    String caseNumber,
    int partition,
    Priority priority,
    Instant receivedAt,
    EscalationTerms terms,
    List<Activity> activities,
    Set<String> published) {

  public EscalatedCase {
    activities = List.copyOf(activities);
    published = Set.copyOf(published);
  }
}
