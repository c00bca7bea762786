package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseFile;
import java.time.Instant;
import java.util.List;

/**
 * The customer of each case: set when the case was opened with a customer's key, else when
 * contracts identified it; and a customer's cases, however they were opened.
 */
public interface CaseCustomers {

  /** Records the identified customer on a case that has none yet; a case with one keeps it. */
  void identify(String tenantId, String caseId, String customerId);

  /** A customer contracts identified for a case. */
  record CustomerOfCase(String tenantId, String caseId, String customerId) {}

  /** Records each identified customer as {@link #identify} does; a store may write them at once. */
  default void identifyAll(List<CustomerOfCase> identified) {
    identified.forEach(c -> identify(c.tenantId(), c.caseId(), c.customerId()));
  }

  /**
   * The customer's cases, newest received first (then by case id), after the given one.
   *
   * @param after the last case of the previous page, or null for the first
   */
  List<CaseFile> ofCustomer(String tenantId, String customerId, After after, int limit);

  /** Where a page ended: the last case's receipt and id. */
  record After(Instant receivedAt, String caseId) {}
}
