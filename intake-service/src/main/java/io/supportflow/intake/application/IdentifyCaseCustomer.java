package io.supportflow.intake.application;

/**
 * Contracts identified the customer of a case (by the reporter's address, the customer hint or
 * the contact list): the case becomes that customer's, so its people see it however it was opened.
 * Applying the same decision again changes nothing; a case whose customer is known keeps it.
 */
public record IdentifyCaseCustomer(CaseCustomers customers) {

  /** @param customerId the identified customer; null when contracts found none (nothing to record) */
  public void identified(String tenantId, String caseId, String customerId) {
    if (customerId != null && !customerId.isBlank()) {
      customers.identify(tenantId, caseId, customerId);
    }
  }
}
