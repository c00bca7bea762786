package io.supportflow.intake.application;

import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.InputHygiene;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.RefusedTextException;
import io.supportflow.intake.domain.Reporter;
import java.util.List;

/**
 * A request as a channel normalised it, before it has a case number. {@code originKey} makes
 * opening idempotent (an Idempotency-Key, a Message-ID, a call id, an alert episode): one origin
 * opens at most one case. {@code originFingerprint} tells a retry from a different request that
 * reuses the key.
 */
public record NewRequest(
    String tenantId,
    Channel channel,
    Reporter reporter,
    String subject,
    String description,
    String statedSeverity,
    Priority priority,
    String product,
    String version,
    String language,
    String correlationKey,
    String customerId,
    String customerHint,
    String category,
    List<Attachment> attachments,
    String originKey,
    String originFingerprint) {

  public NewRequest {
    // Every channel builds its request here, so every channel's text is cleaned the same way.
    reporter = reporter == null ? null : reporter.cleaned();
    subject = InputHygiene.oneLine("subject", subject);
    description = InputHygiene.multiLine(description);
    statedSeverity = InputHygiene.oneLine("severity", statedSeverity);
    product = InputHygiene.oneLine("product", product);
    version = InputHygiene.oneLine("version", version);
    language = InputHygiene.oneLine("language", language);
    customerHint = InputHygiene.oneLine("customerHint", customerHint);
    category = InputHygiene.oneLine("category", category);
    if (subject != null && subject.isEmpty()) {
      throw new RefusedTextException("subject", "must not be blank");
    }
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A request without customer, category, attachments or origin (the foundation's shape). */
  public NewRequest(String tenantId, Channel channel, Reporter reporter, String subject, String description,
      String statedSeverity, Priority priority, String product, String version, String language,
      String correlationKey) {
    this(tenantId, channel, reporter, subject, description, statedSeverity, priority, product, version,
        language, correlationKey, null, null, null, List.of(), null, null);
  }
}
