package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a case's thread: a reply, a response or a change of state, as it will be announced.
 * {@code statusAfter} is where the case stands once this activity is applied.
 */
public record CaseActivity(
    String eventId,
    ActivityKind kind,
    Instant occurredAt,
    String actor,
    boolean visibleToCustomer,
    Priority previousPriority,
    Priority newPriority,
    boolean customerConsent,
    String reason,
    String message,
    String channel,
    String correlationKey,
    List<Attachment> attachments,
    CaseStatus statusAfter) {

  public CaseActivity {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(statusAfter, "statusAfter");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
