package io.supportflow.intake.application;

/** A case with this id is already stored: another request with the same origin was faster. */
public class CaseAlreadyRecordedException extends RuntimeException {

  public CaseAlreadyRecordedException(String caseId) {
    super("Case " + caseId + " is already recorded");
  }
}
