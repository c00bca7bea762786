package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When work on a request commences, as its acknowledgement says: the contract's business calendar answers. */
class WorkCommencesTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final WeeklyHours NINE_TO_FIVE = WeeklyHours.on(
      List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
      DailyInterval.of("09:00", "17:00"));

  private static Instant local(String dateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(dateTime), AMSTERDAM).toInstant();
  }

  private static BusinessCalendar hours(Set<LocalDate> holidays, WeeklyHours extra) {
    return new BusinessCalendar("nine-to-five", AMSTERDAM, NINE_TO_FIVE, holidays, extra);
  }

  private static Optional<ZonedDateTime> workCommences(BusinessCalendar coverage, Instant received) {
    return new ReceivedRequest("case-1", "ACME-000001", Priority.P3, "Slow", "Entitled", "Olivia Ops",
        "ops@northwind.example", received, AMSTERDAM, coverage).workCommences();
  }

  @Test
  void aRequestInCoveredHoursIsWorkedOnAtOnce() {
    assertThat(workCommences(hours(Set.of(), WeeklyHours.none()), local("2026-11-24T10:15"))).isEmpty();
  }

  @Test
  void aRequestOnSaturdayIsWorkedOnFromMondayMorning() {
    assertThat(workCommences(hours(Set.of(), WeeklyHours.none()), local("2026-11-28T11:00")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-30T09:00"), AMSTERDAM));
  }

  @Test
  void aRequestBeforeAHolidayWaitsForTheNextWorkingDay() {
    assertThat(workCommences(hours(Set.of(LocalDate.parse("2026-12-25")), WeeklyHours.none()), local("2026-12-24T18:30")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-12-28T09:00"), AMSTERDAM));
  }

  @Test
  void weekendCoverageSpanningDaysCoversSaturdayAndStartsFridayEvening() {
    BusinessCalendar hours = hours(Set.of(),
        WeeklyHours.none().withStretch(DayOfWeek.FRIDAY, 18 * 60, DayOfWeek.MONDAY, 8 * 60));

    assertThat(workCommences(hours, local("2026-11-28T11:00"))).isEmpty();
    assertThat(workCommences(hours, local("2026-11-27T17:30")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-27T18:00"), AMSTERDAM));
    assertThat(workCommences(hours, local("2026-11-30T08:30")))
        .contains(ZonedDateTime.of(LocalDateTime.parse("2026-11-30T09:00"), AMSTERDAM));
  }

  @Test
  void aRequestWithoutTermsIsWorkedOnRoundTheClock() {
    assertThat(workCommences(null, local("2026-11-29T03:00"))).isEmpty();
    assertThat(workCommences(BusinessCalendar.twentyFourSeven(AMSTERDAM), local("2026-11-29T03:00"))).isEmpty();
  }
}
