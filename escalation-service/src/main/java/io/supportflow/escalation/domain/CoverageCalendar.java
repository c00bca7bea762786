package io.supportflow.escalation.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * When the tenant's support is covered, for business-time offsets: weekly hours in a zone, minus
 * holidays. No hours at all means round the clock.
 */
public record CoverageCalendar(ZoneId zone, List<CoveredHours> weeklyHours, Set<LocalDate> holidays) {

  /** A covered stretch of one weekday, in minutes of the local day, end exclusive. */
  public record CoveredHours(DayOfWeek day, int startMinute, int endMinute) {
    public CoveredHours {
      if (startMinute < 0 || endMinute > 24 * 60 || startMinute >= endMinute) {
        throw new IllegalArgumentException("covered hours run forward within one day");
      }
    }
  }

  // A business offset longer than this many calendar days means the calendar covers (almost) nothing.
  private static final int HORIZON_DAYS = 400;

  public CoverageCalendar {
    weeklyHours = List.copyOf(weeklyHours);
    holidays = Set.copyOf(holidays);
  }

  public static CoverageCalendar roundTheClock(ZoneId zone) {
    return new CoverageCalendar(zone, List.of(), Set.of());
  }

  /** The instant after the given number of covered minutes have passed since start. */
  public Instant afterCovered(Instant start, long minutes) {
    if (weeklyHours.isEmpty()) {
      return start.plus(minutes, ChronoUnit.MINUTES);
    }
    ZonedDateTime at = start.atZone(zone);
    long left = minutes;
    for (int day = 0; day <= HORIZON_DAYS; day++) {
      LocalDate date = at.toLocalDate();
      int from = at.getHour() * 60 + at.getMinute();
      for (CoveredHours h : hoursOn(date)) {
        int begin = Math.max(h.startMinute(), from);
        if (begin >= h.endMinute()) {
          continue;
        }
        if (left <= h.endMinute() - begin) {
          // Starting inside covered time keeps the start's seconds; otherwise count from the interval.
          return day == 0 && begin == from ? at.toInstant().plus(left, ChronoUnit.MINUTES)
              : localMinute(date, begin + left).toInstant();
        }
        left -= h.endMinute() - begin;
      }
      at = date.plusDays(1).atStartOfDay(zone);
    }
    throw new IllegalStateException("the calendar covers too little to count " + minutes + " minutes");
  }

  private List<CoveredHours> hoursOn(LocalDate date) {
    if (holidays.contains(date)) {
      return List.of();
    }
    return weeklyHours.stream().filter(h -> h.day() == date.getDayOfWeek())
        .sorted(Comparator.comparingInt(CoveredHours::startMinute)).toList();
  }

  private ZonedDateTime localMinute(LocalDate date, long minuteOfDay) {
    return date.atStartOfDay().plusMinutes(minuteOfDay).atZone(zone);
  }
}
