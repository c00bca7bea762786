package io.supportflow.sla.domain;

import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static io.supportflow.sla.domain.ClockChange.Type.BREACHED;
import static io.supportflow.sla.domain.ClockChange.Type.RETIMED;
import static io.supportflow.sla.domain.ClockChange.Type.STARTED;
import static io.supportflow.sla.domain.ClockChange.Type.STOPPED;
import static io.supportflow.sla.domain.ClockChange.Type.WARNING;
import static io.supportflow.sla.domain.ReactionMetric.FIRST_RESPONSE;
import static io.supportflow.sla.domain.ReactionMetric.UPDATE_CADENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.TermsSegment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A re-decided case: clocks started, stopped or re-timed from the new decision's instant, the past standing. */
class ReDecidedClocksTest {

  /** infra-24x7: P1 15 minutes, P2 1 hour, P1 updates hourly, round the clock. */
  private static final SlaTerms INFRA_24X7 = new SlaTerms(
      BusinessCalendar.twentyFourSeven(AMSTERDAM),
      List.of(new ReactionTarget(Priority.P1, FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES),
          new ReactionTarget(Priority.P2, FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES),
          new ReactionTarget(Priority.P1, UPDATE_CADENCE, 60, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of());

  /** The same plan with a tighter P2 promise (a contract change): 30 minutes. */
  private static final SlaTerms TIGHTER = new SlaTerms(
      BusinessCalendar.twentyFourSeven(AMSTERDAM),
      List.of(new ReactionTarget(Priority.P1, FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES),
          new ReactionTarget(Priority.P2, FIRST_RESPONSE, 30, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of());

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aCaseEntitledLaterHasItsClocksStartAtTheNewDecisionAndMeasuredFromThen() {
    // A phone call opened at P3 is not entitled; the operator's SEV1 at +10 re-decides it ENTITLED at P1.
    SlaEvaluation result = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P3, null),
            new TermsSegment<>(2, at(10), Priority.P1, INFRA_24X7)),
        T0, List.of(Activity.priorityChanged(at(10), Priority.P1)), at(22));

    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at, ClockChange::deadline)
        .containsExactly(tuple(STARTED, at(10), at(25)), tuple(WARNING, at(10).plusSeconds(675), at(25)));
    assertThat(result.clocks()).singleElement().satisfies(clock -> {
      assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
      assertThat(clock.startedAt()).isEqualTo(at(10));
      assertThat(clock.deadline()).isEqualTo(at(25));
      assertThat(clock.counted()).isEqualTo(Duration.ofMinutes(12));
    });
    assertThat(result.priority()).isEqualTo(Priority.P1);
  }

  @Test
  void beforeTheDecisionThatEntitlesItNothingIsTimedNotEvenAResponse() {
    SlaEvaluation result = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P1, null),
            new TermsSegment<>(2, at(30), Priority.P1, INFRA_24X7)),
        T0, List.of(Activity.of(at(5), Activity.Kind.AGENT_RESPONDED)), at(40));

    // Work commenced before: the update cadence starts at the entitlement, no first response is owed.
    assertThat(result.clocks()).singleElement().satisfies(clock -> {
      assertThat(clock.kind()).isEqualTo(ClockKind.UPDATE);
      assertThat(clock.startedAt()).isEqualTo(at(30));
      assertThat(clock.state()).isEqualTo(ClockState.RUNNING);
    });
  }

  @Test
  void aCaseNoLongerEntitledHasItsRunningClocksStoppedThenAndTheTimeCountedStands() {
    SlaEvaluation result = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P2, INFRA_24X7),
            new TermsSegment<>(2, at(20), Priority.P2, null)),
        T0, List.of(Activity.of(at(30), Activity.Kind.AGENT_RESPONDED)), at(120));

    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at, ClockChange::counted)
        .containsExactly(tuple(STARTED, T0, Duration.ZERO), tuple(STOPPED, at(20), Duration.ofMinutes(20)));
    assertThat(result.clocks()).singleElement().satisfies(clock -> {
      assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
      assertThat(clock.counted()).isEqualTo(Duration.ofMinutes(20));
      assertThat(clock.breachedAt()).isNull();
    });
    assertThat(result.changes()).filteredOn(c -> c.type() == STOPPED).singleElement()
        .satisfies(c -> assertThat(c.changeId("case-1")).endsWith(":v2"));
  }

  @Test
  void aBreachBeforeTheCaseStoppedBeingEntitledStandsAndIsTallied() {
    SlaEvaluation result = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P1, INFRA_24X7),
            new TermsSegment<>(2, at(40), Priority.P1, null)),
        T0, List.of(), at(60));

    assertThat(result.changes()).extracting(ClockChange::type).containsExactly(STARTED, WARNING, BREACHED, STOPPED);
    ComplianceTally tally = new ComplianceTally();
    tally.add("northwind", result.clocks());
    assertThat(tally.rows()).singleElement().satisfies(row -> assertThat(row.breached()).isEqualTo(1));
  }

  @Test
  void otherTermsReTimeTheOpenClocksAsAPriorityChangeDoes() {
    // P2 at 60 minutes; a contract change at +40 promises 30: the clock is past it, so it breaches then.
    SlaEvaluation result = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P2, INFRA_24X7),
            new TermsSegment<>(2, at(40), Priority.P2, TIGHTER)),
        T0, List.of(), at(50));

    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at)
        .containsExactly(tuple(STARTED, T0), tuple(RETIMED, at(40)), tuple(WARNING, at(40)), tuple(BREACHED, at(40)));
    assertThat(result.clocks()).singleElement().satisfies(clock -> {
      assertThat(clock.target().amount()).isEqualTo(30);
      assertThat(clock.counted()).isEqualTo(Duration.ofMinutes(50));
    });
  }

  @Test
  void aDecisionThatChangesNothingTheActivityOfItsInstantDidNotAddsNoChange() {
    // The priority change re-times the clock at +5; the re-decision it caused names the same terms and priority.
    List<Activity> raised = List.of(Activity.priorityChanged(at(5), Priority.P1));
    SlaEvaluation byActivity = CaseClocks.evaluate(INFRA_24X7, Priority.P2, T0, raised, at(10));
    SlaEvaluation reDecided = CaseClocks.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P2, INFRA_24X7),
            new TermsSegment<>(2, at(5), Priority.P1, INFRA_24X7)),
        T0, raised, at(10));

    assertThat(reDecided.changes()).isEqualTo(byActivity.changes());
    assertThat(reDecided.changes()).extracting(ClockChange::type).containsExactly(STARTED, RETIMED);
  }

  @Test
  void theReplayOfOneDecisionIsTheReplayOfTheTermsAlone() {
    List<Activity> activities = List.of(Activity.of(at(5), Activity.Kind.AGENT_RESPONDED));
    assertThat(CaseClocks.evaluate(List.of(new TermsSegment<>(1, T0, Priority.P1, INFRA_24X7)), T0, activities, at(90)))
        .isEqualTo(CaseClocks.evaluate(INFRA_24X7, Priority.P1, T0, activities, at(90)));
  }
}
