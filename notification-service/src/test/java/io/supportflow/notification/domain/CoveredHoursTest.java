package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CoveredHoursTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final List<CoveredHours.Span> NINE_TO_FIVE = Stream.of(
          DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
      .map(d -> CoveredHours.Span.on(d, 9 * 60, 17 * 60)).toList();

  private static Instant local(String dateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), AMSTERDAM).toInstant();
  }

  @Test
  void aRequestInCoveredHoursIsWorkedOnAtOnce() {
    CoveredHours hours = new CoveredHours(AMSTERDAM, NINE_TO_FIVE, Set.of(), List.of());

    assertThat(hours.workCommences(local("2026-11-24T10:15"))).isEmpty();
  }

  @Test
  void aRequestOnSaturdayIsWorkedOnFromMondayMorning() {
    CoveredHours hours = new CoveredHours(AMSTERDAM, NINE_TO_FIVE, Set.of(), List.of());

    assertThat(hours.workCommences(local("2026-11-28T11:00")))
        .contains(ZonedDateTime.of(java.time.LocalDateTime.parse("2026-11-30T09:00"), AMSTERDAM));
  }

  @Test
  void aRequestBeforeAHolidayWaitsForTheNextWorkingDay() {
    CoveredHours hours = new CoveredHours(AMSTERDAM, NINE_TO_FIVE, Set.of(LocalDate.parse("2026-12-25")), List.of());

    assertThat(hours.workCommences(local("2026-12-24T18:30")))
        .contains(ZonedDateTime.of(java.time.LocalDateTime.parse("2026-12-28T09:00"), AMSTERDAM));
  }

  @Test
  void weekendCoverageSpanningDaysCoversSaturdayAndStartsFridayEvening() {
    CoveredHours hours = new CoveredHours(AMSTERDAM, NINE_TO_FIVE, Set.of(),
        List.of(new CoveredHours.Span(DayOfWeek.FRIDAY, 18 * 60, DayOfWeek.MONDAY, 8 * 60)));

    assertThat(hours.workCommences(local("2026-11-28T11:00"))).isEmpty();
    assertThat(hours.workCommences(local("2026-11-27T17:30")))
        .contains(ZonedDateTime.of(java.time.LocalDateTime.parse("2026-11-27T18:00"), AMSTERDAM));
    assertThat(hours.workCommences(local("2026-11-30T08:30")))
        .contains(ZonedDateTime.of(java.time.LocalDateTime.parse("2026-11-30T09:00"), AMSTERDAM));
  }

  @Test
  void aCalendarWithoutHoursIsRoundTheClock() {
    assertThat(CoveredHours.roundTheClock(AMSTERDAM).workCommences(local("2026-11-29T03:00"))).isEmpty();
  }
}
