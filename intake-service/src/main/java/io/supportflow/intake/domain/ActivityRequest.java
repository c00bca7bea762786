package io.supportflow.intake.domain;

import java.util.List;
import java.util.Objects;

/** Someone wants something to happen on a case; {@link CaseLifecycle} decides whether it may. */
public record ActivityRequest(
    ActivityKind kind,
    String actor,
    boolean visibleToCustomer,
    Priority newPriority,
    boolean customerConsent,
    String reason,
    String message,
    String channel,
    String correlationKey,
    List<Attachment> attachments) {

  public ActivityRequest {
    Objects.requireNonNull(kind, "kind");
    actor = InputHygiene.oneLine("actor", actor);
    reason = InputHygiene.multiLine(reason);
    message = InputHygiene.multiLine(message);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static ActivityRequest of(ActivityKind kind, String actor, String channel) {
    return new ActivityRequest(kind, actor, true, null, false, null, null, channel, null, List.of());
  }

  public ActivityRequest withMessage(String text) {
    return new ActivityRequest(kind, actor, visibleToCustomer, newPriority, customerConsent, reason, text,
        channel, correlationKey, attachments);
  }

  public ActivityRequest withReason(String why) {
    return new ActivityRequest(kind, actor, visibleToCustomer, newPriority, customerConsent, why, message,
        channel, correlationKey, attachments);
  }

  public ActivityRequest withPriority(Priority priority, boolean consent) {
    return new ActivityRequest(kind, actor, visibleToCustomer, priority, consent, reason, message,
        channel, correlationKey, attachments);
  }

  public ActivityRequest withCorrelation(String key, List<Attachment> files) {
    return new ActivityRequest(kind, actor, visibleToCustomer, newPriority, customerConsent, reason, message,
        channel, key, files);
  }

  public ActivityRequest internal() {
    return new ActivityRequest(kind, actor, false, newPriority, customerConsent, reason, message,
        channel, correlationKey, attachments);
  }
}
