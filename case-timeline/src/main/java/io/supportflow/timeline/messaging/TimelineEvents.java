package io.supportflow.timeline.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.schemas.CaseEventHead;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.Publication;
import io.supportflow.timeline.ReportedActivity;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/** The Avro events every replaying service reads, as the kit's records: one reading of each for all of them. */
public final class TimelineEvents {

  private TimelineEvents() {}

  /**
   * A decision the case is worked under (ENTITLED or QUOTE_REQUIRED) whose terms the service
   * replays it with; empty for the others and for terms the service has nothing to do with.
   */
  public static <T> Optional<Decision<T>> workedDecision(EntitlementDecided e, int partition,
      Function<ContractTerms, Optional<T>> terms) {
    boolean worked = e.getOutcome() == EntitlementOutcome.ENTITLED || e.getOutcome() == EntitlementOutcome.QUOTE_REQUIRED;
    if (!worked || e.getTerms() == null) {
      return Optional.empty();
    }
    return terms.apply(e.getTerms()).map(t -> new Decision<>(e.getCaseId(), e.getTenantId(), e.getCaseNumber(),
        e.getCustomerId(), partition, priority(e.getPriority()), e.getReceivedAt(), t));
  }

  /**
   * The decision as a replaying service records it, whatever its outcome: its version and the
   * instant it applies from, with the terms the service works the case under from then, or none
   * (null) when the outcome is not worked (anything but ENTITLED or QUOTE_REQUIRED) or the terms
   * give the service nothing to do. Recording every outcome is what lets a later version start,
   * stop or re-time the case from its effectiveFrom.
   */
  public static <T> Decision<T> decision(EntitlementDecided e, int partition,
      Function<ContractTerms, Optional<T>> terms) {
    T worked = workedDecision(e, partition, terms).map(Decision::terms).orElse(null);
    return new Decision<>(e.getCaseId(), e.getTenantId(), e.getCaseNumber(), e.getCustomerId(), partition,
        priority(e.getPriority()), e.getReceivedAt(), worked, Math.max(1, e.getVersion()), e.getEffectiveFrom());
  }

  /**
   * The event with the head every event about a replayed case starts with: its event id (from the
   * output's id, see {@link Publication#eventId}), when it occurred, and the case's tenant, id and
   * number (see {@link CaseEventHead}). Hand it to the type's copy builder for the rest.
   */
  public static <R extends SpecificRecord> R headed(R event, CaseTimeline<?> c, String outputId, Instant occurredAt) {
    return new CaseEventHead(Publication.eventId(outputId), occurredAt, c.tenantId(), c.caseId(), c.caseNumber()).on(event);
  }

  /**
   * The activity as the timeline records it, if it is of a kind the service reads; else with no
   * activity (recorded nowhere). An internal (not public) agent note is no response; a priority
   * change without the new priority changes nothing; closing a case resolves it.
   */
  public static ReportedActivity reported(CaseActivityRecorded e, int partition, Set<Activity.Kind> read) {
    Activity activity = activity(e);
    return new ReportedActivity(e.getEventId(), e.getCaseId(), e.getTenantId(), e.getCaseNumber(), partition,
        activity != null && read.contains(activity.kind()) ? activity : null);
  }

  public static Priority priority(io.supportflow.events.Priority p) {
    return Priority.valueOf(p.name());
  }

  private static Activity activity(CaseActivityRecorded e) {
    return switch (e.getActivity()) {
      case AGENT_RESPONDED -> e.getVisibleToCustomer() ? Activity.of(e.getOccurredAt(), Activity.Kind.AGENT_RESPONDED) : null;
      case CUSTOMER_REPLIED -> Activity.of(e.getOccurredAt(), Activity.Kind.CUSTOMER_REPLIED);
      case PUT_ON_HOLD -> Activity.of(e.getOccurredAt(), Activity.Kind.PUT_ON_HOLD);
      case RESUMED -> Activity.of(e.getOccurredAt(), Activity.Kind.RESUMED);
      case PRIORITY_CHANGED -> e.getNewPriority() == null ? null
          : Activity.priorityChanged(e.getOccurredAt(), priority(e.getNewPriority()));
      case RESOLVED, CLOSED -> Activity.of(e.getOccurredAt(), Activity.Kind.RESOLVED);
    };
  }
}
