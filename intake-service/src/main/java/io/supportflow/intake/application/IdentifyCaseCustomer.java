package io.supportflow.intake.application;

import java.util.List;

/**
 * Contracts identified the customer of a case (by the reporter's address, the customer hint or
 * the contact list): the case becomes that customer's, so its people see it however it was opened.
 * Applying the same decision again changes nothing; a case whose customer is known keeps it.
 */
public record IdentifyCaseCustomer(CaseCustomers customers) {

  /** A poll's decisions, recorded together; those that found no customer (null) record nothing. */
  public void identifiedAll(List<CaseCustomers.CustomerOfCase> decided) {
    List<CaseCustomers.CustomerOfCase> identified = decided.stream()
        .filter(c -> c.customerId() != null && !c.customerId().isBlank()).toList();
    if (!identified.isEmpty()) {
      customers.identifyAll(identified);
    }
  }
}
