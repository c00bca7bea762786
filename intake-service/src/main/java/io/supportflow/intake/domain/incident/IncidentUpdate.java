package io.supportflow.intake.domain.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an incident's history: an update posted (message, for everyone affected) or a change
 * of status (message null, or the resolution note); statusAfter and previousStatus (null when it
 * did not change) say what it did to the status. updateId is the incidentEventId of its events.
 */
public record IncidentUpdate(String updateId, Instant at, String actor, String message, IncidentStatus statusAfter,
    IncidentStatus previousStatus) {

  public IncidentUpdate {
    Objects.requireNonNull(updateId, "updateId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(statusAfter, "statusAfter");
  }
}
