package io.supportflow.intake.application;

/** No such case for this caller; also said when the case exists but belongs to someone else. */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNumber) {
    super("No case " + caseNumber);
  }
}
