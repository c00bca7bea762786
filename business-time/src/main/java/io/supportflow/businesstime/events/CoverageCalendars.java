package io.supportflow.businesstime.events;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.CoverageWindow;
import io.supportflow.events.WeeklyInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** The calendar a decision carries, as a {@link BusinessCalendar}: one reading for every service. */
public final class CoverageCalendars {

  private CoverageCalendars() {}

  public static BusinessCalendar from(CoverageCalendar c) {
    ZoneId zone = ZoneId.of(c.getZone());
    WeeklyHours hours = WeeklyHours.none();
    for (WeeklyInterval i : c.getWeeklyHours()) {
      hours = hours.with(DayOfWeek.valueOf(i.getDay().name()), DailyInterval.of(i.getStart(), i.getEnd()));
    }
    // Terms that list no hours at all are round the clock: that is what the 24x7 plans send.
    if (hours.isEmpty()) {
      return BusinessCalendar.twentyFourSeven(zone);
    }
    WeeklyHours extra = WeeklyHours.none();
    for (CoverageWindow w : c.getExtraCoverage()) {
      extra = extra.withStretch(DayOfWeek.valueOf(w.getFromDay().name()), DailyInterval.minuteOfDay(w.getFromTime()),
          DayOfWeek.valueOf(w.getToDay().name()), DailyInterval.minuteOfDay(w.getToTime()));
    }
    return new BusinessCalendar(c.getCalendarId(), zone, hours,
        c.getHolidays().stream().map(LocalDate::parse).collect(Collectors.toSet()), extra);
  }
}
