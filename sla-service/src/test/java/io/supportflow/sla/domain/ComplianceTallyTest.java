package io.supportflow.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceTallyTest {

  private static final ReactionTarget P1_15 = new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES);

  @Test
  void settledClocksAreCountedPerCustomerPriorityAndClockWithTheirMargins() {
    ComplianceTally tally = new ComplianceTally();
    tally.add("northwind", List.of(clock(ClockState.MET, Duration.ofMinutes(5))));
    tally.add("northwind", List.of(clock(ClockState.BREACHED, Duration.ofMinutes(-10))));
    tally.add("northwind", List.of(clock(ClockState.MET, Duration.ofMinutes(2))));
    tally.add("contoso", List.of(clock(ClockState.RUNNING, null), clock(ClockState.STOPPED, null)));

    assertThat(tally.rows()).containsExactly(new ComplianceTally.Row("northwind", Priority.P1,
        ClockKind.FIRST_RESPONSE, 2, 1, Duration.ofSeconds(-60), Duration.ofMinutes(10)));
    assertThat(tally.rows().getFirst().compliance()).isEqualTo(2.0 / 3);
  }

  @Test
  void aBreachedClockStillAwaitingItsResponseCountsWithoutAMargin() {
    ComplianceTally tally = new ComplianceTally();
    tally.add("northwind", List.of(clock(ClockState.BREACHED, null)));

    assertThat(tally.rows()).singleElement().satisfies(row -> {
      assertThat(row.breached()).isEqualTo(1);
      assertThat(row.averageMargin()).isNull();
      assertThat(row.compliance()).isZero();
    });
  }

  @Test
  void aResolvedCaseWithoutASettledClockOfItsPriorityGetsARowWithoutAClockAsTheConsolesReportDoes() {
    ComplianceTally tally = new ComplianceTally();
    tally.add("northwind", List.of(clock(ClockState.MET, Duration.ofMinutes(5))));
    tally.addDowntime("northwind", Priority.P1); // has its P1 row already
    tally.addDowntime("northwind", Priority.P3);
    tally.addDowntime("northwind", Priority.P3);

    assertThat(tally.rows()).extracting(ComplianceTally.Row::priority, ComplianceTally.Row::clock,
            ComplianceTally.Row::met)
        .containsExactly(org.assertj.core.api.Assertions.tuple(Priority.P1, ClockKind.FIRST_RESPONSE, 1),
            org.assertj.core.api.Assertions.tuple(Priority.P3, null, 0));
  }

  @Test
  void aClockBreachedAndThenStoppedStillCountsAsBreached() {
    Instant t = Instant.parse("2026-11-24T10:00:00Z");
    ComplianceTally tally = new ComplianceTally();
    tally.add("northwind", List.of(new ClockReport(ClockKind.FIRST_RESPONSE, 1, Priority.P1, P1_15, ClockState.STOPPED,
        t, null, null, Duration.ofMinutes(20), Duration.ZERO, t.plusSeconds(675), t.plusSeconds(900), null, null)));

    assertThat(tally.rows()).singleElement().satisfies(row -> assertThat(row.breached()).isEqualTo(1));
  }

  private static ClockReport clock(ClockState state, Duration margin) {
    Instant t = Instant.parse("2026-11-24T10:00:00Z");
    return new ClockReport(ClockKind.FIRST_RESPONSE, 1, Priority.P1, P1_15, state, t, null, null,
        Duration.ZERO, Duration.ZERO, null, null, null, margin);
  }
}
