package io.supportflow.businesstime.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.CoverageWindow;
import io.supportflow.events.Weekday;
import io.supportflow.events.WeeklyInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageCalendarsTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
  }

  private static CoverageCalendar.Builder weekdays() {
    return CoverageCalendar.newBuilder()
        .setCalendarId("cet-9x5")
        .setZone("Europe/Amsterdam")
        .setWeeklyHours(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY)
            .stream().map(d -> new WeeklyInterval(d, "08:00", "17:00")).toList())
        .setHolidays(List.of())
        .setExtraCoverage(List.of());
  }

  @Test
  void weeklyHoursHolidaysAndZoneAreReadAsTheDecisionStatesThem() {
    BusinessCalendar calendar = CoverageCalendars.from(weekdays().setHolidays(List.of("2026-12-25")).build());

    assertThat(calendar.zone()).isEqualTo(AMSTERDAM);
    assertThat(calendar.isCovered(local("2026-11-23T08:00"))).isTrue();
    assertThat(calendar.isCovered(local("2026-11-23T17:00"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
    assertThat(calendar.businessDayLength()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void weekendCoverageStretchesFromFridayEveningToMondayMorning() {
    BusinessCalendar calendar = CoverageCalendars.from(weekdays()
        .setExtraCoverage(List.of(new CoverageWindow(Weekday.FRIDAY, "17:00", Weekday.MONDAY, "08:00"))).build());

    assertThat(calendar.isCovered(local("2026-11-21T03:00"))).isTrue();
    assertThat(calendar.businessTimeBetween(local("2026-11-20T17:00"), local("2026-11-23T08:00")))
        .isEqualTo(Duration.ofHours(63));
  }

  @Test
  void termsWithoutHoursAreRoundTheClock() {
    BusinessCalendar calendar = CoverageCalendars.from(weekdays().setWeeklyHours(List.of()).build());

    assertThat(calendar.isCovered(local("2026-11-22T03:00"))).isTrue();
    assertThat(calendar.plus(local("2026-11-22T03:00"), Duration.ofHours(2))).isEqualTo(local("2026-11-22T05:00"));
  }
}
