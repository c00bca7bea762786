package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.RequestFacts;
import java.time.Instant;

/** The parts of a received request that entitlement needs, as the use case sees them. */
public record SupportRequest(
    String eventId,
    String tenantId,
    String caseId,
    String caseNumber,
    Channel channel,
    String reporterName,
    String reporterEmail,
    String reporterPhone,
    String customerHint,
    String subject,
    String description,
    Priority priority,
    String language,
    String category,
    String product,
    String version,
    Instant receivedAt) {

  /** The same request at the priority support has set since. */
  public SupportRequest withPriority(Priority now) {
    return new SupportRequest(eventId, tenantId, caseId, caseNumber, channel, reporterName, reporterEmail,
        reporterPhone, customerHint, subject, description, now, language, category, product, version, receivedAt);
  }

  public RequestFacts facts() {
    return new RequestFacts(channel, priority, language, category, product, version, receivedAt, subject, description);
  }
}
