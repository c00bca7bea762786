package io.supportflow.console.domain;

import static io.supportflow.console.domain.CaseEventsFixture.T0;
import static io.supportflow.console.domain.CaseEventsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.domain.CaseView.Decision;
import io.supportflow.console.domain.CaseView.Reporter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-decided case: the decision of the highest version is in force, the earlier ones are its history. */
class ReDecidedCaseViewTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private final CaseEventsFixture events = new CaseEventsFixture("acme", "ACME-1001");

  private CaseChange.Decided decided(String eventId, int version, String outcome, String priority, String customer) {
    return new CaseChange.Decided(eventId, "acme", events.caseId, "ACME-1001", at(version * 10), outcome,
        outcome.equals("ENTITLED") ? "CONTRACT_ACTIVE" : "CHANNEL_NOT_COVERED", "decision " + version, customer,
        "contract-1", "Gold", "GOLD", priority, T0, new Reporter("Ada", null, "+31 20 555 0100"), "Ledger is down",
        version, version == 1 ? null : at(version * 10 - 1), version == 1 ? null : "PRIORITY_CHANGED");
  }

  @Test
  void theNewestVersionIsInForceAndTheEarlierOnesAreItsHistory() {
    ProjectedCase c = events.projected(List.of(decided("d1", 1, "NOT_ENTITLED", "P3", "northwind"),
        decided("d2", 2, "ENTITLED", "P1", "northwind")), NOW);

    CaseView view = c.view();
    assertThat(view.decision().version()).isEqualTo(2);
    assertThat(view.decision().outcome()).isEqualTo("ENTITLED");
    assertThat(view.decision().effectiveFrom()).isEqualTo(at(19));
    assertThat(view.decision().trigger()).isEqualTo("PRIORITY_CHANGED");
    assertThat(view.earlierDecisions()).extracting(Decision::version, Decision::outcome)
        .containsExactly(org.assertj.core.api.Assertions.tuple(1, "NOT_ENTITLED"));
    assertThat(view.priority()).isEqualTo("P1");
  }

  @Test
  void anOlderVersionArrivingLateJoinsTheHistoryAndTheSameVersionAgainChangesNothing() {
    ProjectedCase newestFirst = events.projected(List.of(decided("d3", 3, "NOT_ENTITLED", "P1", "northwind"),
        decided("d2", 2, "ENTITLED", "P1", "northwind"), decided("d1", 1, "NOT_ENTITLED", "P3", "northwind"),
        decided("d2-again", 2, "ENTITLED", "P1", "northwind")), NOW);

    assertThat(newestFirst.view().decision().version()).isEqualTo(3);
    assertThat(newestFirst.view().earlierDecisions()).extracting(Decision::version).containsExactly(1, 2);
    ProjectedCase inOrder = events.projected(List.of(decided("d1", 1, "NOT_ENTITLED", "P3", "northwind"),
        decided("d2", 2, "ENTITLED", "P1", "northwind"), decided("d3", 3, "NOT_ENTITLED", "P1", "northwind")), NOW);
    assertThat(inOrder.view().decision()).isEqualTo(newestFirst.view().decision());
    assertThat(inOrder.view().earlierDecisions()).isEqualTo(newestFirst.view().earlierDecisions());
  }

  @Test
  void aStoppedClockIsNoLongerRunning() {
    ProjectedCase c = events.projected(List.of(decided("d1", 1, "ENTITLED", "P1", "northwind"),
        events.clock(1, "FIRST_RESPONSE", 1, "STARTED", 16, null),
        events.clock(5, "FIRST_RESPONSE", 1, "STOPPED", 16, null)), NOW);

    assertThat(c.view().clocks()).singleElement().satisfies(k -> {
      assertThat(k.state()).isEqualTo("STOPPED");
      assertThat(k.running()).isFalse();
    });
    assertThat(ClockTimeline.of(c.view(), NOW)).extracting(ClockTimeline.Moment::text)
        .contains("First response stopped (no longer entitled)");
  }
}
