package io.supportflow.contracts.domain;

import java.time.DayOfWeek;
import java.util.Objects;

/** A covered stretch of one weekday, in minutes of the local day: [startMinute, endMinute). */
public record WeeklyInterval(DayOfWeek day, int startMinute, int endMinute) {

  public static final int END_OF_DAY = 24 * 60;

  public WeeklyInterval {
    Objects.requireNonNull(day, "day");
    if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "interval on %s must satisfy 0 <= start < end <= 24:00, was %d-%d"
              .formatted(day, startMinute, endMinute));
    }
  }

  public static WeeklyInterval wholeDay(DayOfWeek day) {
    return new WeeklyInterval(day, 0, END_OF_DAY);
  }
}
