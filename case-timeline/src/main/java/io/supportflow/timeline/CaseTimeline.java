package io.supportflow.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case as a replaying service keeps it: the decision's facts and terms (null until the decision
 * arrives; activities may come first), the activities in the order they were recorded, each with
 * the id of the event that reported it, and the ids of what was already published. customerId is
 * null where the service does not need it.
 *
 * <p>A case may be re-decided: {@code decisions} are the decisions held, oldest first, each a
 * stretch of the case's time from its effectiveFrom (the first from the receipt) with its version,
 * priority and terms (null where the service has nothing to work it under then). {@code priority}
 * is the first decision's (at receipt), {@code terms} and {@code customerId} the newest decision's.
 * A case built without decisions but with terms holds one first decision (version 1) from receipt.
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
    Set<String> published,
    List<TermsSegment<T>> decisions) implements TimedCase {

  /** An activity with the id of the event that reported it. */
  public record Entry(String eventId, Activity activity) {}

  public CaseTimeline {
    timeline = List.copyOf(timeline);
    published = Set.copyOf(published);
    decisions = decisions == null || decisions.isEmpty()
        ? (terms == null || receivedAt == null ? List.of() : List.of(new TermsSegment<>(1, receivedAt, priority, terms)))
        : decisions.stream().sorted(Comparator.comparingInt(TermsSegment::version)).toList();
  }

  /** A case decided once (version 1, from receipt), or not yet decided when terms is null. */
  public CaseTimeline(String caseId, String tenantId, String caseNumber, String customerId, int partition,
      Priority priority, Instant receivedAt, T terms, List<Entry> timeline, Set<String> published) {
    this(caseId, tenantId, caseNumber, customerId, partition, priority, receivedAt, terms, timeline, published,
        List.of());
  }

  /** Whether any decision held gives the case terms to work it under: only then is it replayed. */
  public boolean everWorked() {
    return decisions.stream().anyMatch(TermsSegment::worked);
  }

  /** The newest terms the case was worked under (the ones in force, or the last before it stopped being worked). */
  public Optional<T> lastTerms() {
    return decisions.reversed().stream().map(TermsSegment::terms).filter(Objects::nonNull).findFirst();
  }

  /** The version of the newest decision held; 0 before any. */
  public int decisionVersion() {
    return decisions.isEmpty() ? 0 : decisions.getLast().version();
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
