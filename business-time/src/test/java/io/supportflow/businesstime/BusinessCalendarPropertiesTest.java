package io.supportflow.businesstime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws every calendar keeps, over random instants in 2026-2027 (both daylight-saving changes of
 * each year included) and random durations.
 */
class BusinessCalendarPropertiesTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final long SPAN_MINUTES = Duration.ofDays(2 * 365).toMinutes();

  private final BusinessCalendar[] calendars = {
    SampleCalendars.nineToFive(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 4, 27)),
    SampleCalendars.nineToFiveWithWeekendCoverage(LocalDate.of(2026, 12, 25)),
    BusinessCalendar.twentyFourSeven(SampleCalendars.AMSTERDAM),
  };

  @Property(tries = 400)
  void addingThenMeasuringReturnsTheDuration(
      @ForAll("instants") Instant start, @ForAll("durations") Duration duration,
      @ForAll("calendarIndex") int which) {
    BusinessCalendar calendar = calendars[which];

    Instant end = calendar.plus(start, duration);

    assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(duration);
  }

  @Property(tries = 400)
  void moreBusinessTimeNeverEndsEarlier(
      @ForAll("instants") Instant start, @ForAll("durations") Duration a,
      @ForAll("durations") Duration b, @ForAll("calendarIndex") int which) {
    BusinessCalendar calendar = calendars[which];
    Duration shorter = a.compareTo(b) <= 0 ? a : b;
    Duration longer = a.compareTo(b) <= 0 ? b : a;

    assertThat(calendar.plus(start, shorter)).isBeforeOrEqualTo(calendar.plus(start, longer));
  }

  @Property(tries = 400)
  void measuringIsAdditiveSoNoInstantIsLostOrCountedTwice(
      @ForAll("ordered") Tuple.Tuple3<Instant, Instant, Instant> abc, @ForAll("calendarIndex") int which) {
    BusinessCalendar calendar = calendars[which];

    assertThat(calendar.businessTimeBetween(abc.get1(), abc.get3()))
        .isEqualTo(calendar.businessTimeBetween(abc.get1(), abc.get2())
            .plus(calendar.businessTimeBetween(abc.get2(), abc.get3())));
  }

  @Property(tries = 300)
  void roundTheClockBusinessTimeIsElapsedTimeEvenAcrossDaylightSaving(
      @ForAll("instants") Instant a, @ForAll("durations") Duration d) {
    BusinessCalendar clock = calendars[2];

    assertThat(clock.businessTimeBetween(a, a.plus(d))).isEqualTo(d);
    assertThat(clock.plus(a, d)).isEqualTo(a.plus(d));
  }

  @Property(tries = 300)
  void workCommencesAtACoveredMomentNotBeforeTheRequest(
      @ForAll("instants") Instant request, @ForAll("calendarIndex") int which) {
    BusinessCalendar calendar = calendars[which];

    Instant commence = calendar.nextCoveredMoment(request);

    assertThat(commence).isAfterOrEqualTo(request);
    assertThat(calendar.isCovered(commence)).isTrue();
    assertThat(calendar.businessTimeBetween(request, commence)).isZero();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, SPAN_MINUTES).map(m -> FROM.plus(Duration.ofMinutes(m)));
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.longs().between(0, Duration.ofHours(200).toMinutes()).map(Duration::ofMinutes);
  }

  @Provide
  Arbitrary<Integer> calendarIndex() {
    return Arbitraries.integers().between(0, calendars.length - 1);
  }

  @Provide
  Arbitrary<Tuple.Tuple3<Instant, Instant, Instant>> ordered() {
    return instants().list().ofSize(3).map(list -> {
      var sorted = list.stream().sorted().toList();
      return Tuple.of(sorted.get(0), sorted.get(1), sorted.get(2));
    });
  }
}
