package io.supportflow.contracts.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** When a contract's support is covered: weekly hours in a zone, minus holidays. */
public record CoverageCalendar(
    String calendarId, ZoneId zone, List<WeeklyInterval> weeklyHours, List<LocalDate> holidays) {

  public CoverageCalendar {
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(zone, "zone");
    weeklyHours = List.copyOf(weeklyHours);
    holidays = List.copyOf(holidays);
  }

  /** Round the clock, every day of the year. */
  public static CoverageCalendar twentyFourSeven(ZoneId zone) {
    return new CoverageCalendar(
        "24x7", zone, Arrays.stream(DayOfWeek.values()).map(WeeklyInterval::wholeDay).toList(),
        List.of());
  }
}
