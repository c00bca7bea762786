package io.supportflow.console.application;

/** No case of that number in the signed-in person's tenant (or, for a customer, of its customer). */
public class CaseNotFoundException extends RuntimeException {

  public CaseNotFoundException(String caseNumber) {
    super("no case " + caseNumber);
  }
}
