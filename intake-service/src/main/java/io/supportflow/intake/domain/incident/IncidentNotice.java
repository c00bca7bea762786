package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.Required;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * What one linked case is told of something that happened to its incident: the IncidentActivityRecorded
 * event of that case. Every case told of the same thing shares its incidentEventId; each has its own
 * eventId, which follows from the two (so a notice built twice is one event downstream).
 */
public record IncidentNotice(
    String eventId,
    String incidentEventId,
    IncidentActivityKind kind,
    String incidentId,
    String caseId,
    String caseNumber,
    Reporter reporter,
    Instant at,
    String actor,
    String title,
    IncidentStatus status,
    IncidentStatus previousStatus,
    String message,
    LinkReason linkReason,
    int linkedCases) {

  public IncidentNotice {
    Required.present("eventId, incidentEventId, kind, incidentId, caseId, caseNumber, at, title, status",
        eventId, incidentEventId, kind, incidentId, caseId, caseNumber, at, title, status);
  }

  /** The event id of the copy for one case. */
  static String eventIdFor(String incidentEventId, String caseId) {
    return UUID.nameUUIDFromBytes((incidentEventId + ":" + caseId).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
