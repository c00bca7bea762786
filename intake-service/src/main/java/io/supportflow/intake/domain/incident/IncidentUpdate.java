package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.Required;
import java.time.Instant;

/**
 * One entry of an incident's history: an update posted (message, for everyone affected) or a change
 * of status (message null, or the resolution note); statusAfter and previousStatus (null when it
 * did not change) say what it did to the status. updateId is the incidentEventId of its events.
 */
public record IncidentUpdate(String updateId, Instant at, String actor, String message, IncidentStatus statusAfter,
    IncidentStatus previousStatus) {

  public IncidentUpdate {
    Required.present("updateId, at, statusAfter", updateId, at, statusAfter);
  }
}
