package io.supportflow.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

  private static final Instant NOW = Instant.parse("2026-03-05T00:00:00Z");

  private static ProjectedCase project(CaseEventsFixture events, List<CaseChange> changes) {
    return events.projected(changes, NOW);
  }

  @Test
  void settledClocksCountPerCustomerPriorityClockAndMonthWithTheirMargins() {
    CaseEventsFixture a = new CaseEventsFixture("acme", "ACME-1");
    CaseEventsFixture b = new CaseEventsFixture("acme", "ACME-2");
    CaseEventsFixture c = new CaseEventsFixture("acme", "ACME-3");
    ProjectedCase met = project(a, List.of(a.decided("cust-1", "P1"),
        a.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null), a.clock(10, "FIRST_RESPONSE", 1, "MET", 15, 300_000L),
        a.downtime(60, 3_600_000L, "cust-1")));
    ProjectedCase breached = project(b, List.of(b.decided("cust-1", "P1"),
        b.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null), b.clock(15, "FIRST_RESPONSE", 1, "BREACHED", 15, 0L),
        b.clock(25, "FIRST_RESPONSE", 1, "MET", 15, -600_000L)));
    ProjectedCase running = project(c, List.of(c.decided("cust-1", "P1"),
        c.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null)));

    List<ComplianceRow> rows = new ComplianceReport(YearMonth.of(2026, 1), YearMonth.of(2026, 12))
        .add(met).add(breached).add(running).rows();

    assertThat(rows).containsExactly(new ComplianceRow("cust-1", "P1", "FIRST_RESPONSE", YearMonth.of(2026, 3),
        1, 1, 300_000L, 600_000L, 3_600_000L));
    assertThat(ComplianceReport.monthsOf(running)).isEmpty();
    assertThat(ComplianceReport.monthsOf(met)).containsExactly(YearMonth.of(2026, 3));
  }

  @Test
  void monthsOutsideTheRangeAreLeftOutAndDowntimeAloneGetsARow() {
    CaseEventsFixture a = new CaseEventsFixture("acme", "ACME-1");
    ProjectedCase resolvedOnly = project(a, List.of(a.decided("cust-2", "P3"), a.downtime(60, 1_000L, "cust-2")));

    assertThat(new ComplianceReport(YearMonth.of(2026, 4), YearMonth.of(2026, 5)).add(resolvedOnly).rows()).isEmpty();
    assertThat(new ComplianceReport(YearMonth.of(2026, 3), YearMonth.of(2026, 3)).add(resolvedOnly).rows())
        // Under the priority sla measured the downtime at (the case's at resolution), as sla's own report counts it.
        .containsExactly(new ComplianceRow("cust-2", "P1", ComplianceReport.NO_CLOCK, YearMonth.of(2026, 3),
            0, 0, 0, 0, 1_000L));
  }

  @Test
  void aReportEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new ComplianceReport(YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
