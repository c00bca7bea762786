package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * At most maxCases entitled cases per period of periodDays, the periods counted from the
 * contract's first day (for a plan without maintenance: 1 case in the 90 days from installation).
 */
public record CaseQuota(int maxCases, int periodDays) {

  public CaseQuota {
    Checks.between("maxCases", maxCases, 1, 10_000);
    Checks.between("periodDays", periodDays, 1, 3660);
  }

  /** The quota period that holds the day, for a contract that starts on contractStart. */
  public QuotaPeriod periodContaining(LocalDate contractStart, LocalDate day) {
    long index = Math.max(0, ChronoUnit.DAYS.between(contractStart, day) / periodDays);
    LocalDate from = contractStart.plusDays(index * periodDays);
    return new QuotaPeriod(from, from.plusDays(periodDays - 1L), maxCases);
  }

  /** One period of a quota, both days inclusive. */
  public record QuotaPeriod(LocalDate from, LocalDate to, int maxCases) {}
}
