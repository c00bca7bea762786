package io.supportflow.intake.application.incidents;

/** The case is part of another open incident; a case belongs to one at a time (unlink it there first). */
public class CaseInOtherIncidentException extends RuntimeException {

  private final String incidentId;

  public CaseInOtherIncidentException(String caseNumber, String incidentId) {
    super(caseNumber + " is linked to the open incident " + incidentId + "; unlink it there first");
    this.incidentId = incidentId;
  }

  public String incidentId() {
    return incidentId;
  }
}
