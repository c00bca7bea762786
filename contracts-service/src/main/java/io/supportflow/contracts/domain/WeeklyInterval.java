package io.supportflow.contracts.domain;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Covered hours on some days of the week, local time: from inclusive, to exclusive, "24:00" being
 * the end of the day. Several intervals may cover one day (e.g. 08:00-12:00 and 13:00-17:00).
 */
public record WeeklyInterval(List<DayOfWeek> days, String from, String to) {

  public WeeklyInterval {
    days = Checks.list("days", days, 7);
    if (days.isEmpty()) {
      throw new PolicyViolation("days", "name at least one day of the week");
    }
    Checks.unique("days", days, DayOfWeek::name);
    if (Checks.minuteOfDay("from", from) >= Checks.minuteOfDay("to", to)) {
      throw new PolicyViolation("to", "must be after from (" + from + ")");
    }
  }

  public static WeeklyInterval allDay(List<DayOfWeek> days) {
    return new WeeklyInterval(days, "00:00", "24:00");
  }

  public int startMinuteOfDay() {
    return Checks.minuteOfDay("from", from);
  }

  public int endMinuteOfDay() {
    return Checks.minuteOfDay("to", to);
  }
}
