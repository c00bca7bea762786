package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.List;

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
    Required.present("eventId, kind, occurredAt, statusAfter", eventId, kind, occurredAt, statusAfter);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
