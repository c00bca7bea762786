package io.supportflow.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A request as decided, with what its acknowledgement tells the reporter. reason is the decision's
 * sentence; zone is the contract calendar's, or UTC when the request has no terms.
 */
public record ReceivedRequest(
    String caseId,
    String caseNumber,
    Priority priority,
    String subject,
    String reason,
    String reporterName,
    String reporterEmail,
    Instant receivedAt,
    ZoneId zone) {

  public static final ZoneId NO_CALENDAR = ZoneId.of("UTC");

  public ReceivedRequest {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(receivedAt, "receivedAt");
    zone = zone == null ? NO_CALENDAR : zone;
  }
}
