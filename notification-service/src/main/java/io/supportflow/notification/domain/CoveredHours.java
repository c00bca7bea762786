package io.supportflow.notification.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a contract's calendar is covered: weekly hours (not on holidays) plus extra stretches
 * (holidays included), in the calendar's zone. Only answers when work on a request commences; the
 * SLA arithmetic lives in sla-service. No hours and no stretches means round the clock.
 */
public record CoveredHours(ZoneId zone, List<Span> weekly, Set<LocalDate> holidays, List<Span> extra) {

  private static final int WEEK = 7 * 1440;
  private static final int SEARCH_DAYS = 400;

  /**
   * A weekly recurring stretch from a day and minute to a later day and minute (end exclusive,
   * 1440 = midnight at the end of the day); it may wrap past Sunday.
   */
  public record Span(DayOfWeek fromDay, int fromMinute, DayOfWeek toDay, int toMinute) {

    /** One day's interval, e.g. MONDAY 09:00-17:00. */
    public static Span on(DayOfWeek day, int fromMinute, int toMinute) {
      return new Span(day, fromMinute, day, toMinute);
    }

    boolean contains(int minuteOfWeek) {
      int from = weekMinute(fromDay, fromMinute);
      int to = weekMinute(toDay, toMinute);
      if (to <= from) {
        to += WEEK;
      }
      return (minuteOfWeek >= from && minuteOfWeek < to) || (minuteOfWeek + WEEK >= from && minuteOfWeek + WEEK < to);
    }
  }

  public CoveredHours {
    weekly = List.copyOf(weekly);
    holidays = Set.copyOf(holidays);
    extra = List.copyOf(extra);
  }

  public static CoveredHours roundTheClock(ZoneId zone) {
    return new CoveredHours(zone, List.of(), Set.of(), List.of());
  }

  public boolean isRoundTheClock() {
    return weekly.isEmpty() && extra.isEmpty();
  }

  /** Empty when the request arrived in covered time; else the start of the next covered period. */
  public Optional<ZonedDateTime> workCommences(Instant received) {
    LocalDateTime at = LocalDateTime.ofInstant(received, zone);
    if (isRoundTheClock() || covered(at)) {
      return Optional.empty();
    }
    // Coverage can only begin where a stretch begins: the earliest such start after arrival.
    for (int d = 0; d <= SEARCH_DAYS; d++) {
      LocalDate day = at.toLocalDate().plusDays(d);
      Optional<LocalDateTime> start = firstStartOn(day, at);
      if (start.isPresent()) {
        return Optional.of(start.get().atZone(zone));
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDateTime> firstStartOn(LocalDate day, LocalDateTime after) {
    LocalDateTime earliest = null;
    for (Span s : weekly) {
      if (s.fromDay() == day.getDayOfWeek() && !holidays.contains(day)) {
        earliest = earlier(earliest, atMinute(day, s.fromMinute()), after);
      }
    }
    for (Span s : extra) {
      if (s.fromDay() == day.getDayOfWeek()) {
        earliest = earlier(earliest, atMinute(day, s.fromMinute()), after);
      }
    }
    return Optional.ofNullable(earliest);
  }

  private boolean covered(LocalDateTime at) {
    int minute = weekMinute(at.getDayOfWeek(), at.getHour() * 60 + at.getMinute());
    boolean byWeek = !holidays.contains(at.toLocalDate()) && weekly.stream().anyMatch(s -> s.contains(minute));
    return byWeek || extra.stream().anyMatch(s -> s.contains(minute));
  }

  private static LocalDateTime earlier(LocalDateTime best, LocalDateTime candidate, LocalDateTime after) {
    if (!candidate.isAfter(after)) {
      return best;
    }
    return best == null || candidate.isBefore(best) ? candidate : best;
  }

  private static LocalDateTime atMinute(LocalDate day, int minute) {
    return day.atTime(LocalTime.MIDNIGHT).plusMinutes(minute);
  }

  private static int weekMinute(DayOfWeek day, int minute) {
    return (day.getValue() - 1) * 1440 + minute;
  }
}
