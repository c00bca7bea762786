package io.supportflow.sla.application;

import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.SlaTerms;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What sla-service keeps of a case: the terms from its entitlement (null until the decision
 * arrives; activities may come first), its timeline, and the ids of the changes already published.
 */
public record TrackedCase(
    String caseId,
    String tenantId,
    String caseNumber,
    String customerId,
    int partition,
    Priority priority,
    Instant receivedAt,
    SlaTerms terms,
    List<Activity> activities,
    Set<String> published) {

  public TrackedCase {
    activities = List.copyOf(activities);
    published = Set.copyOf(published);
  }
}
