package io.supportflow.contracts.domain;

import java.time.DayOfWeek;

/**
 * Coverage beyond the weekly hours that runs across days, e.g. weekend coverage from Friday 17:00
 * to Monday 08:00. It applies on holidays too: that is what paying for it buys.
 */
public record CoverageWindow(DayOfWeek fromDay, String fromTime, DayOfWeek toDay, String toTime) {

  public CoverageWindow {
    Checks.required("fromDay", fromDay);
    Checks.required("toDay", toDay);
    int start = Checks.minuteOfDay("fromTime", fromTime);
    int end = Checks.minuteOfDay("toTime", toTime);
    if (fromDay == toDay && start >= end) {
      throw new PolicyViolation("toTime", "must be after fromTime on the same day");
    }
  }
}
