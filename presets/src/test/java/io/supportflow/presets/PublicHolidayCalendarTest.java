package io.supportflow.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PublicHolidayCalendarTest {

  private final PublicHolidayCalendar holidays = new PublicHolidayCalendar();

  @Test
  void dutchPublicHolidaysIncludeKingsDayAndChristmas() {
    assertThat(holidays.in("nl", null, Year.of(2026)))
        .contains(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 1, 1))
        .doesNotContain(LocalDate.of(2026, 11, 23));
  }

  @Test
  void aRegionAddsItsOwnHolidays() {
    // Epiphany is a public holiday in Bavaria, not in all of Germany.
    assertThat(holidays.in("de", "by", Year.of(2026))).contains(LocalDate.of(2026, 1, 6));
    assertThat(holidays.in("de", null, Year.of(2026))).doesNotContain(LocalDate.of(2026, 1, 6));
  }

  @Test
  void aCountryWithoutACalendarIsRefused() {
    assertThatThrownBy(() -> holidays.in("zz", null, Year.of(2026)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no public holiday calendar for country 'zz'");
  }
}
