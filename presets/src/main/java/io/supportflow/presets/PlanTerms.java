package io.supportflow.presets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan's terms as a timing engine needs them, in neither service's types: the calendar, the
 * reaction targets and the priorities worked round the clock once started. Values are checked and
 * named as in the policy files: times HH:mm (24:00 is the end of the day), priorities P1..P4,
 * metrics FIRST_RESPONSE, FOLLOW_UP, UPDATE_CADENCE, units CLOCK_MINUTES, BUSINESS_MINUTES,
 * BUSINESS_HOURS, BUSINESS_DAYS, WORKING_DAYS, NEXT_WORKING_DAY.
 */
public record PlanTerms(
    String planName, String tier, Calendar calendar, List<Target> targets, List<String> aroundTheClockOnceWorking) {

  public PlanTerms {
    targets = List.copyOf(targets);
    aroundTheClockOnceWorking = List.copyOf(aroundTheClockOnceWorking);
  }

  /**
   * Weekly hours in a zone, extra coverage across days (weekend coverage), and holidays: those of
   * a public-holiday region (publicHolidays, may be null) and explicit dates.
   */
  public record Calendar(
      String calendarId, ZoneId zone, List<Hours> weeklyHours, HolidayRegion publicHolidays,
      List<LocalDate> holidays, List<Stretch> extraCoverage) {

    public Calendar {
      weeklyHours = List.copyOf(weeklyHours);
      holidays = List.copyOf(holidays);
      extraCoverage = List.copyOf(extraCoverage);
    }

    /** Every holiday as a date: the region's public holidays in those years, and the explicit dates. */
    public Set<LocalDate> holidaysIn(PublicHolidayCalendar publicHolidayCalendar, List<Year> years) {
      Set<LocalDate> dates = new TreeSet<>(holidays);
      if (publicHolidays != null) {
        for (Year year : years) {
          dates.addAll(publicHolidayCalendar.in(publicHolidays.country(), publicHolidays.region(), year));
        }
      }
      return dates;
    }
  }

  /** The same covered hours on each of the days. */
  public record Hours(List<DayOfWeek> days, String from, String to) {

    public Hours {
      // A list as read, nulls and all: the reader says what is missing, with its place.
      days = days == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(days));
    }
  }

  /** Covered time from a day and time to a later one, e.g. Friday 17:00 to Monday 08:00. */
  public record Stretch(DayOfWeek fromDay, String fromTime, DayOfWeek toDay, String toTime) {}

  /** An ISO country code and optionally a region code (de / by). */
  public record HolidayRegion(String country, String region) {}

  /** One promise, e.g. P1 FIRST_RESPONSE 15 CLOCK_MINUTES. */
  public record Target(String priority, String metric, int amount, String unit) {}
}
