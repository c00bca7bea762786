package io.supportflow.businesstime;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Covered intervals per day of the week, sorted and merged, so overlaps in the input are harmless. */
public final class WeeklyHours {

  private final Map<DayOfWeek, List<DailyInterval>> byDay;

  private WeeklyHours(Map<DayOfWeek, List<DailyInterval>> byDay) {
    this.byDay = byDay;
  }

  public static WeeklyHours none() {
    return new WeeklyHours(new EnumMap<>(DayOfWeek.class));
  }

  public static WeeklyHours allDay(DayOfWeek... days) {
    WeeklyHours hours = none();
    for (DayOfWeek day : days) {
      hours = hours.with(day, DailyInterval.WHOLE_DAY);
    }
    return hours;
  }

  /** The same hours on each of the given days, e.g. 08:00-17:00 Monday to Friday. */
  public static WeeklyHours on(List<DayOfWeek> days, DailyInterval interval) {
    WeeklyHours hours = none();
    for (DayOfWeek day : days) {
      hours = hours.with(day, interval);
    }
    return hours;
  }

  public WeeklyHours with(DayOfWeek day, DailyInterval interval) {
    Map<DayOfWeek, List<DailyInterval>> copy = new EnumMap<>(DayOfWeek.class);
    byDay.forEach((d, list) -> copy.put(d, list));
    List<DailyInterval> intervals = new ArrayList<>(copy.getOrDefault(day, List.of()));
    intervals.add(interval);
    copy.put(day, merge(intervals));
    return new WeeklyHours(copy);
  }

  /**
   * A weekly stretch that may span days, e.g. weekend coverage Friday 17:00 to Monday 08:00, as
   * per-day intervals. A stretch ending on its start day before it starts wraps round the week.
   */
  public WeeklyHours withStretch(DayOfWeek fromDay, int fromMinute, DayOfWeek toDay, int toMinute) {
    WeeklyHours hours = this;
    DayOfWeek day = fromDay;
    int start = fromMinute;
    boolean wraps = fromDay == toDay && toMinute <= fromMinute;
    for (int i = 0; i < 8; i++) {
      boolean last = day == toDay && !(wraps && i == 0);
      int end = last ? toMinute : DailyInterval.END_OF_DAY;
      if (end > start) {
        hours = hours.with(day, new DailyInterval(start, end));
      }
      if (last) {
        return hours;
      }
      day = day.plus(1);
      start = 0;
    }
    throw new IllegalArgumentException("a stretch cannot be longer than a week");
  }

  public List<DailyInterval> on(DayOfWeek day) {
    return byDay.getOrDefault(day, List.of());
  }

  public boolean isEmpty() {
    return byDay.values().stream().allMatch(List::isEmpty);
  }

  /** Covered minutes of the longest day: the length of "a business day". */
  int longestDayMinutes() {
    return byDay.values().stream()
        .mapToInt(list -> list.stream().mapToInt(i -> i.endMinute() - i.startMinute()).sum())
        .max()
        .orElse(0);
  }

  private static List<DailyInterval> merge(List<DailyInterval> intervals) {
    List<DailyInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingInt(DailyInterval::startMinute));
    List<DailyInterval> merged = new ArrayList<>();
    for (DailyInterval next : sorted) {
      DailyInterval last = merged.isEmpty() ? null : merged.getLast();
      if (last != null && next.startMinute() <= last.endMinute()) {
        merged.set(merged.size() - 1,
            new DailyInterval(last.startMinute(), Math.max(last.endMinute(), next.endMinute())));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklyHours other && byDay.equals(other.byDay);
  }

  @Override
  public int hashCode() {
    return byDay.hashCode();
  }

  @Override
  public String toString() {
    return byDay.toString();
  }
}
