package io.supportflow.contracts.adapter.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.contracts.domain.HolidayRegion;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class JollydayPublicHolidaysTest {

  private final JollydayPublicHolidays holidays = new JollydayPublicHolidays();

  @Test
  void dutchPublicHolidaysIncludeKingsDayAndChristmas() {
    assertThat(holidays.in(new HolidayRegion("nl", null), Year.of(2026)))
        .contains(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1));
  }

  @Test
  void aRegionAddsItsOwnHolidays() {
    // Epiphany is a public holiday in Bavaria, not in all of Germany.
    assertThat(holidays.in(new HolidayRegion("de", "by"), Year.of(2026))).contains(LocalDate.of(2026, 1, 6));
    assertThat(holidays.in(new HolidayRegion("de", null), Year.of(2026))).doesNotContain(LocalDate.of(2026, 1, 6));
  }

  @Test
  void aCountryWithoutACalendarIsRefused() {
    assertThatThrownBy(() -> holidays.in(new HolidayRegion("zz", null), Year.of(2026)))
        .hasMessage("no public holiday calendar for country 'zz'");
  }
}
