package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.List;

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
    Required.present("caseId, tenantId, caseNumber, channel, status, priority, reporter, subject, receivedAt",
        caseId, tenantId, caseNumber, channel, status, priority, reporter, subject, receivedAt);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
