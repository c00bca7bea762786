package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The case as it was opened: who asked what, when, on which channel. Its live status and priority
 * are on the {@link CaseFile}; this part never changes after opening.
 */
public record SupportCase(
    String caseId,
    String tenantId,
    CaseNumber caseNumber,
    Channel channel,
    CaseStatus status,
    Priority priority,
    String statedSeverity,
    Reporter reporter,
    String subject,
    String description,
    String product,
    String version,
    String language,
    Instant receivedAt,
    String customerId,
    String customerHint,
    String category,
    List<Attachment> attachments) {

  public SupportCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(receivedAt, "receivedAt");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
