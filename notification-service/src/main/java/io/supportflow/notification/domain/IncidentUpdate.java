package io.supportflow.notification.domain;

import java.time.Instant;

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
    Required.present("tenantId, eventId, caseId, caseNumber, title, status, postedAt",
        tenantId, eventId, caseId, caseNumber, title, status, postedAt);
  }
}
