package io.supportflow.intake.application;

/** The case number is already on another case of the tenant; the record was not stored. */
public class CaseNumberTakenException extends RuntimeException {

  public CaseNumberTakenException(String caseNumber) {
    super("Case number " + caseNumber + " is already taken");
  }
}
