package io.supportflow.sla.application;

import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.SlaTerms;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What sla-service keeps of a case: the terms from its entitlement (null until the decision
 * arrives; activities may come first), its timeline in the order it was recorded, and the ids of
 * the changes already published.
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
    List<Entry> timeline,
    Set<String> published) {

  /** An activity with the id of the event that reported it. */
  public record Entry(String eventId, Activity activity) {}

  public TrackedCase {
    timeline = List.copyOf(timeline);
    published = Set.copyOf(published);
  }

  public List<Activity> activities() {
    return timeline.stream().map(Entry::activity).toList();
  }

  /**
   * The event that resolved the case at that instant. The replay sorts activities by time and
   * keeps the recorded order for ties, and its first resolution counts: so the first one recorded.
   */
  public Optional<String> resolvedBy(Instant resolvedAt) {
    return timeline.stream()
        .filter(e -> e.activity().kind() == Activity.Kind.RESOLVED && e.activity().at().equals(resolvedAt))
        .map(Entry::eventId)
        .findFirst();
  }
}
