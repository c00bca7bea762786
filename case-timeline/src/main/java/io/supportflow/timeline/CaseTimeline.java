package io.supportflow.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case as a replaying service keeps it: the decision's facts and terms (null until the decision
 * arrives; activities may come first), the activities in the order they were recorded, each with
 * the id of the event that reported it, and the ids of what was already published. customerId is
 * null where the service does not need it.
 */
public record CaseTimeline<T>(
    String caseId,
    String tenantId,
    String caseNumber,
    String customerId,
    int partition,
    Priority priority,
    Instant receivedAt,
    T terms,
    List<Entry> timeline,
    Set<String> published) implements TimedCase {

  /** An activity with the id of the event that reported it. */
  public record Entry(String eventId, Activity activity) {}

  public CaseTimeline {
    timeline = List.copyOf(timeline);
    published = Set.copyOf(published);
  }

  public List<Activity> activities() {
    return timeline.stream().map(Entry::activity).toList();
  }

  /**
   * The event that resolved the case at that instant. A replay sorts activities by time and keeps
   * the recorded order for ties, and its first resolution counts: so the first one recorded.
   */
  public Optional<String> resolvedBy(Instant resolvedAt) {
    return timeline.stream()
        .filter(e -> e.activity().kind() == Activity.Kind.RESOLVED && e.activity().at().equals(resolvedAt))
        .map(Entry::eventId)
        .findFirst();
  }

  /** Never replay before the case's own last activity, whatever this host's clock says. */
  Instant notBeforeLastActivity(Instant now) {
    return activities().stream().map(Activity::at).filter(now::isBefore).max(Instant::compareTo).orElse(now);
  }
}
