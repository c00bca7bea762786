package io.supportflow.businesstime;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessCalendarTest {

  static final ZoneId AMSTERDAM = SampleCalendars.AMSTERDAM;

  static BusinessCalendar nineToFive(LocalDate... holidays) {
    return SampleCalendars.nineToFive(holidays);
  }

  static BusinessCalendar nineToFiveWithWeekendCoverage(LocalDate... holidays) {
    return SampleCalendars.nineToFiveWithWeekendCoverage(holidays);
  }

  static Instant local(String dateTime) {
    return SampleCalendars.local(dateTime);
  }

  @Nested
  class BusinessHours {

    @Test
    void aRequestAt1659OnFridayGetsOneMinuteFridayAndTheRestOnMonday() {
      Instant friday1659 = local("2026-11-20T16:59");

      assertThat(nineToFive().plus(friday1659, Duration.ofHours(6)))
          .isEqualTo(local("2026-11-23T13:59"));
    }

    @Test
    void aRequestAt0300OnSundayStartsCountingAtMonday0800() {
      Instant sunday0300 = local("2026-11-22T03:00");
      BusinessCalendar calendar = nineToFive();

      assertThat(calendar.nextCoveredMoment(sunday0300)).isEqualTo(local("2026-11-23T08:00"));
      assertThat(calendar.plus(sunday0300, Duration.ofHours(2))).isEqualTo(local("2026-11-23T10:00"));
    }

    @Test
    void aTargetEndingExactlyAtCloseEndsAtTheClose() {
      assertThat(nineToFive().plus(local("2026-11-23T08:00"), Duration.ofHours(9)))
          .isEqualTo(local("2026-11-23T17:00"));
    }

    @Test
    void severalIntervalsADaySkipTheLunchBreak() {
      BusinessCalendar split = new BusinessCalendar("split", AMSTERDAM,
          WeeklyHours.on(SampleCalendars.WEEKDAYS, DailyInterval.of("08:00", "12:00"))
              .with(MONDAY, DailyInterval.of("13:00", "17:00")),
          Set.of(), WeeklyHours.none());

      assertThat(split.plus(local("2026-11-23T11:30"), Duration.ofHours(1)))
          .isEqualTo(local("2026-11-23T13:30"));
      assertThat(split.businessTimeBetween(local("2026-11-23T11:00"), local("2026-11-23T14:00")))
          .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aHolidayCountsAsAWeekendDay() {
      LocalDate christmas = LocalDate.of(2026, 12, 25); // a Friday
      BusinessCalendar calendar = nineToFive(christmas);

      assertThat(calendar.plus(local("2026-12-24T16:00"), Duration.ofHours(2)))
          .isEqualTo(local("2026-12-28T09:00"));
      assertThat(calendar.isCovered(local("2026-12-25T10:00"))).isFalse();
    }

    @Test
    void oneBusinessDayIsTheLengthOfTheCoveredDay() {
      assertThat(nineToFive().businessDayLength()).isEqualTo(Duration.ofHours(9));
      assertThat(BusinessCalendar.twentyFourSeven(AMSTERDAM).businessDayLength()).isEqualTo(Duration.ofHours(24));
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void springForwardMakesTheNightAnHourShorterRoundTheClock() {
      // Sunday 29 March 2026, 02:00 CET becomes 03:00 CEST.
      roundTheClockFromSaturdayNoon("2026-03-28", Duration.ofHours(23), local("2026-03-29T13:00"));
    }

    @Test
    void fallBackMakesTheNightAnHourLongerRoundTheClock() {
      // Sunday 25 October 2026, 03:00 CEST becomes 02:00 CET.
      roundTheClockFromSaturdayNoon("2026-10-24", Duration.ofHours(25), local("2026-10-25T11:00"));
    }

    /** Noon to noon over the changed night lasts its real length; 24 hours on is not noon by the clock face. */
    private void roundTheClockFromSaturdayNoon(String saturday, Duration toSundayNoon, Instant dayLater) {
      BusinessCalendar clock = BusinessCalendar.twentyFourSeven(AMSTERDAM);
      Instant saturdayNoon = local(saturday + "T12:00");
      Instant sundayNoon = local(LocalDate.parse(saturday).plusDays(1) + "T12:00");

      assertThat(clock.businessTimeBetween(saturdayNoon, sundayNoon)).isEqualTo(toSundayNoon);
      assertThat(clock.plus(saturdayNoon, Duration.ofHours(24))).isEqualTo(dayLater);
    }

    @Test
    void businessHoursKeepTheirLocalTimesAcrossTheChange() {
      // Friday 27 March 16:00 CET + 2 business hours = Monday 30 March 09:00 CEST.
      Instant result = nineToFive().plus(local("2026-03-27T16:00"), Duration.ofHours(2));

      assertThat(result).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
      assertThat(result).isEqualTo(local("2026-03-30T09:00"));
    }

    @Test
    void weekendCoverageCountsTheRealLengthOfTheChangedNight() {
      BusinessCalendar calendar = nineToFiveWithWeekendCoverage();

      assertThat(calendar.businessTimeBetween(local("2026-10-23T17:00"), local("2026-10-26T08:00")))
          .isEqualTo(Duration.ofHours(64)); // 63 hours by the clock face, plus the repeated hour
    }
  }

  @Nested
  class WeekendCoverage {

    @Test
    void saturdayIsCoveredAndCountsByTheClock() {
      BusinessCalendar calendar = nineToFiveWithWeekendCoverage();

      assertThat(calendar.isCovered(local("2026-11-21T10:00"))).isTrue();
      assertThat(calendar.plus(local("2026-11-21T10:00"), Duration.ofHours(1))).isEqualTo(local("2026-11-21T11:00"));
    }

    @Test
    void coverageRunsOnFromFridayCloseIntoTheWeekendWithoutAGap() {
      assertThat(nineToFiveWithWeekendCoverage().plus(local("2026-11-20T16:00"), Duration.ofHours(2)))
          .isEqualTo(local("2026-11-20T18:00"));
    }

    @Test
    void aHolidayOnAWeekdayIsCoveredLikeASaturday() {
      LocalDate kingsDay = LocalDate.of(2026, 4, 27); // a Monday
      BusinessCalendar calendar = nineToFiveWithWeekendCoverage(kingsDay);

      assertThat(calendar.isCovered(local("2026-04-27T20:00"))).isTrue();
      assertThat(calendar.isWorkingDay(kingsDay)).isFalse();
    }
  }

  @Nested
  class WorkingDays {

    static Stream<Arguments> dueDates() {
      return Stream.of(
          arguments("the next working day ends at the close of the day after receipt", nineToFive(),
              "2026-11-23T10:00", 1, "2026-11-24T17:00"),
          arguments("a request on Friday is due at Monday's close", nineToFive(), "2026-11-20T10:00", 1,
              "2026-11-23T17:00"),
          arguments("three working days skip the weekend and holidays",
              nineToFive(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)), "2026-12-23T11:00", 3,
              "2026-12-29T17:00"),
          arguments("weekend coverage does not make Saturday a working day", nineToFiveWithWeekendCoverage(),
              "2026-11-20T10:00", 1, "2026-11-23T17:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dueDates")
    void aCaseIsDueAtTheCloseOfItsLastWorkingDay(String rule, BusinessCalendar calendar, String received, int days,
        String due) {
      assertThat(calendar.closeOfWorkingDayAfter(local(received), days)).isEqualTo(local(due));
    }

    @Test
    void workingDaysAreCountedFromOne() {
      assertThatThrownBy(() -> nineToFive().closeOfWorkingDayAfter(Instant.EPOCH, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aStretchFromFridayEveningToMondayMorningSplitsIntoDays() {
    WeeklyHours stretch = WeeklyHours.none().withStretch(FRIDAY, 17 * 60, MONDAY, 8 * 60);

    assertThat(stretch).isEqualTo(WeeklyHours.none()
        .with(FRIDAY, DailyInterval.of("17:00", "24:00"))
        .with(SATURDAY, DailyInterval.WHOLE_DAY)
        .with(SUNDAY, DailyInterval.WHOLE_DAY)
        .with(MONDAY, DailyInterval.of("00:00", "08:00")));
  }

  @Test
  void aCalendarWithoutAnyCoveredTimeIsRefused() {
    assertThatThrownBy(() -> new BusinessCalendar("empty", AMSTERDAM, WeeklyHours.none(), Set.of(), WeeklyHours.none()))
        .hasMessageContaining("covers no time");
  }

  @Test
  void nothingIsCountedBackwards() {
    assertThat(nineToFive().businessTimeBetween(local("2026-11-24T10:00"), local("2026-11-23T10:00")))
        .isZero();
  }

  @Test
  void roundTheClockIsOneCalendarPerZone() {
    assertThat(BusinessCalendar.twentyFourSeven(AMSTERDAM)).isSameAs(BusinessCalendar.twentyFourSeven(AMSTERDAM));
    assertThat(BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")).zone()).isEqualTo(ZoneId.of("UTC"));
  }
}
