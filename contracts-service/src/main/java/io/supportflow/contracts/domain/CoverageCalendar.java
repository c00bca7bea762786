package io.supportflow.contracts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * When support is covered: weekly hours in an IANA zone (so clocks stay right across daylight
 * saving), minus public holidays of a region and explicit holidays, plus extra coverage windows.
 * A holiday counts as a weekend day.
 */
public record CoverageCalendar(
    String calendarId,
    ZoneId zone,
    List<WeeklyInterval> weeklyHours,
    HolidayRegion publicHolidays,
    List<LocalDate> holidays,
    List<CoverageWindow> extraCoverage) {

  public CoverageCalendar {
    Checks.id("calendarId", calendarId);
    Checks.required("zone", zone);
    weeklyHours = Checks.list("weeklyHours", weeklyHours, 50);
    holidays = Checks.list("holidays", holidays, 400);
    extraCoverage = Checks.list("extraCoverage", extraCoverage, 14);
  }

  /** Round the clock, every day of the year. */
  public static CoverageCalendar twentyFourSeven(ZoneId zone) {
    return new CoverageCalendar("24x7", zone,
        List.of(WeeklyInterval.allDay(Arrays.asList(DayOfWeek.values()))), null, List.of(), List.of());
  }

  /**
   * The calendar as a case needs it, with every holiday as a date: the public holidays of the
   * years given and the explicit holidays of those years, sorted.
   */
  public CoverageCalendar withHolidaysResolved(PublicHolidays source, List<Year> years) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Year year : years) {
      if (publicHolidays != null) {
        dates.addAll(source.in(publicHolidays, year));
      }
      holidays.stream().filter(d -> d.getYear() == year.getValue()).forEach(dates::add);
    }
    return new CoverageCalendar(
        calendarId, zone, weeklyHours, publicHolidays, new ArrayList<>(dates), extraCoverage);
  }
}
