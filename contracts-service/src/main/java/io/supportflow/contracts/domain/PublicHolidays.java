package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/** The public holidays of a region in a year; a calendar library answers it outside the domain. */
@FunctionalInterface
public interface PublicHolidays {

  Set<LocalDate> in(HolidayRegion region, Year year);

  /** For calendars and tests that need no public holidays. */
  static PublicHolidays none() {
    return (region, year) -> Set.of();
  }
}
