package io.supportflow.businesstime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When support is covered, and how much covered time lies between two instants. Hours are read
 * in the calendar's zone day by day and turned into instants, so a daylight-saving change is
 * exact: a covered night of 25 hours counts 25 hours, a local time that does not exist is
 * skipped. A holiday counts as a weekend day: it loses the base hours and gets Saturday's extra
 * coverage (weekend coverage covers holidays too).
 */
public final class BusinessCalendar {

  // Ten years of days without any coverage means the calendar can never satisfy a target.
  private static final int MAX_DAYS_SCANNED = 3660;

  private static final Map<ZoneId, BusinessCalendar> ROUND_THE_CLOCK = new ConcurrentHashMap<>();

  private final String calendarId;
  private final ZoneId zone;
  private final WeeklyHours baseHours;
  private final Set<LocalDate> holidays;
  private final WeeklyHours extraCoverage;

  public BusinessCalendar(
      String calendarId, ZoneId zone, WeeklyHours baseHours, Set<LocalDate> holidays,
      WeeklyHours extraCoverage) {
    this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.baseHours = Objects.requireNonNull(baseHours, "baseHours");
    this.holidays = Set.copyOf(holidays);
    this.extraCoverage = Objects.requireNonNull(extraCoverage, "extraCoverage");
    if (baseHours.isEmpty() && extraCoverage.isEmpty()) {
      throw new IllegalArgumentException("calendar " + calendarId + " covers no time at all");
    }
  }

  /**
   * Round the clock, every day: business time is wall-clock time. One instance per zone: clocks
   * ask for it at every counting step, and the calendar is immutable.
   */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    return ROUND_THE_CLOCK.computeIfAbsent(zone, z -> new BusinessCalendar("24x7", z,
        WeeklyHours.allDay(DayOfWeek.values()), Set.of(), WeeklyHours.none()));
  }

  public String calendarId() {
    return calendarId;
  }

  public ZoneId zone() {
    return zone;
  }

  public WeeklyHours baseHours() {
    return baseHours;
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  public WeeklyHours extraCoverage() {
    return extraCoverage;
  }

  public boolean isCovered(Instant instant) {
    for (Span span : spansOn(localDate(instant))) {
      if (span.contains(instant)) {
        return true;
      }
    }
    return false;
  }

  /** The instant itself when covered, else the start of the next covered period: when work commences. */
  public Instant nextCoveredMoment(Instant instant) {
    LocalDate day = localDate(instant);
    for (int i = 0; i < MAX_DAYS_SCANNED; i++, day = day.plusDays(1)) {
      for (Span span : spansOn(day)) {
        if (span.end().isAfter(instant)) {
          return span.start().isAfter(instant) ? span.start() : instant;
        }
      }
    }
    throw neverCovered();
  }

  /**
   * The instant at which {@code businessTime} of covered time has passed since {@code start}.
   * Counting begins at the next covered moment; a target that ends exactly at a close ends there.
   */
  public Instant plus(Instant start, Duration businessTime) {
    if (businessTime.isNegative()) {
      throw new IllegalArgumentException("business time cannot be negative: " + businessTime);
    }
    if (businessTime.isZero()) {
      return start;
    }
    Duration remaining = businessTime;
    LocalDate day = localDate(start);
    for (int i = 0; i < MAX_DAYS_SCANNED; i++, day = day.plusDays(1)) {
      for (Span span : spansOn(day)) {
        Instant from = span.start().isAfter(start) ? span.start() : start;
        if (!from.isBefore(span.end())) {
          continue;
        }
        Duration available = Duration.between(from, span.end());
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw neverCovered();
  }

  /** Covered time in [from, to); zero when to is not after from. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    for (LocalDate day = localDate(from); !day.isAfter(localDate(to)); day = day.plusDays(1)) {
      for (Span span : spansOn(day)) {
        Instant a = span.start().isAfter(from) ? span.start() : from;
        Instant b = span.end().isBefore(to) ? span.end() : to;
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  /** "One business day": the covered length of the longest regular day (9 h for 08:00-17:00). */
  public Duration businessDayLength() {
    return Duration.ofMinutes(baseHours.longestDayMinutes());
  }

  /** A day with base hours that is not a holiday. Weekend coverage does not make a working day. */
  public boolean isWorkingDay(LocalDate day) {
    return !holidays.contains(day) && !baseHours.on(day.getDayOfWeek()).isEmpty();
  }

  /**
   * The close of the n-th working day after the day of {@code receipt}: n = 1 is "next working
   * day", n = 3 is "3 working days".
   */
  public Instant closeOfWorkingDayAfter(Instant receipt, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("working days are counted from 1, was " + n);
    }
    LocalDate day = localDate(receipt);
    int found = 0;
    for (int i = 0; i < MAX_DAYS_SCANNED; i++) {
      day = day.plusDays(1);
      if (isWorkingDay(day) && ++found == n) {
        List<DailyInterval> hours = baseHours.on(day.getDayOfWeek());
        return at(day, hours.getLast().endMinute());
      }
    }
    throw neverCovered();
  }

  /** Covered spans of one local day, in order, as instants. */
  List<Span> spansOn(LocalDate day) {
    boolean holiday = holidays.contains(day);
    List<DailyInterval> intervals = new ArrayList<>();
    if (!holiday) {
      intervals.addAll(baseHours.on(day.getDayOfWeek()));
    }
    intervals.addAll(extraCoverage.on(holiday ? DayOfWeek.SATURDAY : day.getDayOfWeek()));
    WeeklyHours merged = WeeklyHours.none();
    for (DailyInterval interval : intervals) {
      merged = merged.with(day.getDayOfWeek(), interval);
    }
    List<Span> spans = new ArrayList<>();
    for (DailyInterval interval : merged.on(day.getDayOfWeek())) {
      Instant start = at(day, interval.startMinute());
      Instant end = at(day, interval.endMinute());
      if (end.isAfter(start)) { // an interval inside a spring-forward gap covers nothing
        spans.add(new Span(start, end));
      }
    }
    return spans;
  }

  private Instant at(LocalDate day, int minuteOfDay) {
    if (minuteOfDay == DailyInterval.END_OF_DAY) {
      return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
    // A local time in a gap moves forward by the gap; in an overlap the earlier offset is taken.
    return ZonedDateTime.of(day, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
  }

  private LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private IllegalStateException neverCovered() {
    return new IllegalStateException(
        "calendar " + calendarId + " has no covered time within " + MAX_DAYS_SCANNED / 366 + " years");
  }

  record Span(Instant start, Instant end) {
    boolean contains(Instant instant) {
      return !instant.isBefore(start) && instant.isBefore(end);
    }
  }
}
