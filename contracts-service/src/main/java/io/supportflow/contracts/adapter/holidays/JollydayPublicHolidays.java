package io.supportflow.contracts.adapter.holidays;

import io.supportflow.contracts.domain.HolidayRegion;
import io.supportflow.contracts.domain.PublicHolidays;
import io.supportflow.presets.PublicHolidayCalendar;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * Public holidays from jollyday's country and region calendars, through the presets module, so the
 * decision and sla-service's preview resolve a calendar's holidays the same way.
 */
public final class JollydayPublicHolidays implements PublicHolidays {

  private final PublicHolidayCalendar calendar = new PublicHolidayCalendar();

  @Override
  public Set<LocalDate> in(HolidayRegion region, Year year) {
    return calendar.in(region.country(), region.region(), year);
  }
}
