package io.supportflow.sla.domain;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** The calendars of the policies, for tests: Amsterdam time, 08:00-17:00 weekdays, weekend coverage. */
public final class SampleCalendars {

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

  private SampleCalendars() {}

  /** The tiered policy's hours: 08:00-17:00 Central European time, Monday to Friday. */
  public static BusinessCalendar nineToFive(LocalDate... holidays) {
    return new BusinessCalendar("cet-9x5", AMSTERDAM,
        WeeklyHours.on(WEEKDAYS, DailyInterval.of("08:00", "17:00")), Set.of(holidays), WeeklyHours.none());
  }

  /** Enterprise: the same hours plus weekend coverage from Friday 17:00 to Monday 08:00. */
  public static BusinessCalendar nineToFiveWithWeekendCoverage(LocalDate... holidays) {
    return new BusinessCalendar("cet-9x5-weekend", AMSTERDAM,
        WeeklyHours.on(WEEKDAYS, DailyInterval.of("08:00", "17:00")), Set.of(holidays),
        WeeklyHours.none().withStretch(FRIDAY, 17 * 60, MONDAY, 8 * 60));
  }

  /** A local date-time in Amsterdam, e.g. "2026-11-23T10:00". */
  public static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
  }
}
