package io.supportflow.intake.application.incidents;

/** No such incident for this caller; also said when it exists but belongs to another tenant. */
public class IncidentNotFoundException extends RuntimeException {

  public IncidentNotFoundException(String incidentId) {
    super("No incident " + incidentId);
  }
}
