package io.supportflow.intake.application;

/** The case kept changing under this activity; the caller may look again and retry. */
public class ConcurrentCaseChangeException extends RuntimeException {

  public ConcurrentCaseChangeException(String caseNumber) {
    super("Case " + caseNumber + " changed while this activity was recorded; reload it and try again");
  }
}
