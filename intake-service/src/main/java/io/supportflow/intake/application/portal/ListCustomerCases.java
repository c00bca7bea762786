package io.supportflow.intake.application.portal;

import io.supportflow.intake.application.CaseCustomers;
import io.supportflow.intake.domain.CaseFile;
import java.util.List;

/** A customer's own cases, a page at a time (keyset, newest first): never another customer's. */
public record ListCustomerCases(CaseCustomers customers) {

  public static final int MAX_LIMIT = 100;

  /** @param next where the next page starts; null on the last page */
  public record Page(List<CaseFile> items, CaseCustomers.After next) {}

  public Page page(String tenantId, String customerId, CaseCustomers.After after, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
    }
    List<CaseFile> found = customers.ofCustomer(tenantId, customerId, after, limit + 1);
    if (found.size() <= limit) {
      return new Page(found, null);
    }
    List<CaseFile> items = found.subList(0, limit);
    CaseFile last = items.getLast();
    return new Page(List.copyOf(items), new CaseCustomers.After(last.opened().receivedAt(), last.caseId()));
  }
}
