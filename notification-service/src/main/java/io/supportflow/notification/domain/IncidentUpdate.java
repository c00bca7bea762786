package io.supportflow.notification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An update of a major incident, as one linked case is told of it (intake's IncidentActivityRecorded
 * UPDATE_POSTED): eventId is that case's copy, so the mail it causes is sent once per case and update.
 */
public record IncidentUpdate(
    String tenantId,
    String eventId,
    String caseId,
    String caseNumber,
    String incidentId,
    String title,
    String status,
    String message,
    Instant postedAt,
    String reporterName,
    String reporterEmail) {

  public IncidentUpdate {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(postedAt, "postedAt");
  }
}
