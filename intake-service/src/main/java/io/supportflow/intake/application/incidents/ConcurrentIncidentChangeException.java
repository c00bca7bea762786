package io.supportflow.intake.application.incidents;

/** The incident kept changing under this change; the caller may read it again and retry. */
public class ConcurrentIncidentChangeException extends RuntimeException {

  public ConcurrentIncidentChangeException(String incidentId) {
    super("Incident " + incidentId + " changed while this was recorded; read it again and try again");
  }
}
