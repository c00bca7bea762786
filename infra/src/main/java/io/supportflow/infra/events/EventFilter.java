package io.supportflow.infra.events;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Which records the tool writes: of one tenant, of one case (by id or number), and not older than
 * an instant. An unset part lets everything through; a record that could not be decoded passes a
 * case filter only by its key (the case id).
 *
 * @param caseRef a case id, a case number (ACME-000042, any letter case), or a case number's
 *     sequence alone (42)
 */
record EventFilter(String tenant, String caseRef, Instant since) implements Predicate<EventRecord> {

  @Override
  public boolean test(EventRecord record) {
    if (since != null && record.timestamp().isBefore(since)) {
      return false;
    }
    if (tenant != null && !tenant.equals(record.field("tenantId"))) {
      return false;
    }
    return caseRef == null || caseRef.equals(record.key()) || caseRef.equals(record.field("caseId"))
        || isCaseNumber(record.field("caseNumber"));
  }

  private boolean isCaseNumber(String caseNumber) {
    if (caseNumber == null) {
      return false;
    }
    if (caseNumber.equalsIgnoreCase(caseRef)) {
      return true;
    }
    int dash = caseNumber.lastIndexOf('-');
    return caseRef.chars().allMatch(Character::isDigit) && !caseRef.isEmpty() && dash >= 0
        && caseNumber.substring(dash + 1).replaceFirst("^0+", "").equals(caseRef.replaceFirst("^0+", ""));
  }
}
