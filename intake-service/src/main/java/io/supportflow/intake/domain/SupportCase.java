package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.Objects;

/** The case record intake keeps: who asked what, when, and where the case stands. */
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
    Instant receivedAt) {

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
  }
}
