package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseQuotaTest {

  private final CaseQuota oneIn90Days = new CaseQuota(1, 90);
  private final LocalDate installed = LocalDate.of(2026, 1, 10);

  @Test
  void theFirstPeriodRunsNinetyDaysFromInstallation() {
    assertThat(oneIn90Days.periodContaining(installed, LocalDate.of(2026, 4, 9)))
        .isEqualTo(new CaseQuota.QuotaPeriod(installed, LocalDate.of(2026, 4, 9), 1));
  }

  @Test
  void theNextPeriodStartsTheDayAfter() {
    assertThat(oneIn90Days.periodContaining(installed, LocalDate.of(2026, 4, 10)).from()).isEqualTo(LocalDate.of(2026, 4, 10));
  }
}
