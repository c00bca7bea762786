package io.supportflow.sla.domain;

import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static io.supportflow.businesstime.SampleCalendars.local;
import static io.supportflow.sla.domain.ClockChange.Type.BREACHED;
import static io.supportflow.sla.domain.ClockChange.Type.MET;
import static io.supportflow.sla.domain.ClockChange.Type.PAUSED;
import static io.supportflow.sla.domain.ClockChange.Type.RETIMED;
import static io.supportflow.sla.domain.ClockChange.Type.STARTED;
import static io.supportflow.sla.domain.ClockChange.Type.WARNING;
import static io.supportflow.sla.domain.ReactionMetric.FIRST_RESPONSE;
import static io.supportflow.sla.domain.ReactionMetric.FOLLOW_UP;
import static io.supportflow.sla.domain.ReactionMetric.UPDATE_CADENCE;
import static io.supportflow.timeline.Activity.Kind.AGENT_RESPONDED;
import static io.supportflow.timeline.Activity.Kind.CUSTOMER_REPLIED;
import static io.supportflow.timeline.Activity.Kind.PUT_ON_HOLD;
import static io.supportflow.timeline.Activity.Kind.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.SampleCalendars;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseClocksTest {

  /** infra-24x7: P1 15 minutes, P2 1 hour, round the clock. */
  private static final SlaTerms INFRA_24X7 = new SlaTerms(
      BusinessCalendar.twentyFourSeven(AMSTERDAM),
      List.of(target(Priority.P1, FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES),
          target(Priority.P2, FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of());

  /** Tiered Team: 2 h / 6 h / 1 business day, 08:00-17:00 CET. */
  private static final SlaTerms TEAM = new SlaTerms(
      SampleCalendars.nineToFive(),
      List.of(target(Priority.P1, FIRST_RESPONSE, 2, TargetUnit.BUSINESS_HOURS),
          target(Priority.P2, FIRST_RESPONSE, 6, TargetUnit.BUSINESS_HOURS),
          target(Priority.P3, FIRST_RESPONSE, 1, TargetUnit.BUSINESS_DAYS)),
      WarningShare.DEFAULT, Set.of());

  /** Carrier-grade updates (P1 hourly, P2 every 2 h) on a 9x5 calendar, P1/P2 round the clock once worked on. */
  private static final SlaTerms CARRIER = new SlaTerms(
      SampleCalendars.nineToFive(),
      List.of(target(Priority.P2, FIRST_RESPONSE, 2, TargetUnit.BUSINESS_HOURS),
          target(Priority.P1, FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES),
          target(Priority.P1, UPDATE_CADENCE, 60, TargetUnit.CLOCK_MINUTES),
          target(Priority.P2, UPDATE_CADENCE, 2, TargetUnit.BUSINESS_HOURS)),
      WarningShare.DEFAULT, Set.of(Priority.P1, Priority.P2));

  /** Maintenance with plan: P1 initial 4 business hours, follow-up 8; P3 initial next working day. */
  private static final SlaTerms WITH_PLAN = new SlaTerms(
      SampleCalendars.nineToFive(),
      List.of(target(Priority.P1, FIRST_RESPONSE, 4, TargetUnit.BUSINESS_HOURS),
          target(Priority.P1, FOLLOW_UP, 8, TargetUnit.BUSINESS_HOURS),
          target(Priority.P3, FIRST_RESPONSE, 1, TargetUnit.NEXT_WORKING_DAY)),
      WarningShare.DEFAULT, Set.of());

  @Test
  void aP1AnsweredWithinFifteenMinutesIsMetWithItsMargin() {
    Instant received = local("2026-11-24T10:00");

    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, received,
        List.of(Activity.of(local("2026-11-24T10:10"), AGENT_RESPONDED)), local("2026-11-24T12:00"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.state()).isEqualTo(ClockState.MET);
    assertThat(first.margin()).isEqualTo(Duration.ofMinutes(5));
    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at)
        .containsExactly(tuple(STARTED, received), tuple(MET, local("2026-11-24T10:10")));
  }

  @Test
  void anUnansweredP1WarnsAt75PercentAndBreachesAtFifteenMinutes() {
    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, local("2026-11-24T10:00"),
        List.of(), local("2026-11-24T10:20"));

    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at).containsExactly(
        tuple(STARTED, local("2026-11-24T10:00")),
        tuple(WARNING, local("2026-11-24T10:11:15")),
        tuple(BREACHED, local("2026-11-24T10:15")));
    assertThat(result.clocks().getFirst().state()).isEqualTo(ClockState.BREACHED);
    assertThat(result.clocks().getFirst().deadline()).isEqualTo(local("2026-11-24T10:15"));
  }

  @Test
  void aResponseAtTheVeryDeadlineIsInTime() {
    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:15"), AGENT_RESPONDED)), local("2026-11-24T11:00"));

    assertThat(result.clocks().getFirst().state()).isEqualTo(ClockState.MET);
    assertThat(result.clocks().getFirst().margin()).isZero();
  }

  @Test
  void aLateResponseStaysBreachedAndSaysHowLate() {
    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:25"), AGENT_RESPONDED)), local("2026-11-24T11:00"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.state()).isEqualTo(ClockState.BREACHED);
    assertThat(first.margin()).isEqualTo(Duration.ofMinutes(-10));
  }

  @Test
  void holdSpanningTheNightIsDeductedAndTheClockResumesWhereItStopped() {
    // Team P2, 6 business hours, received Monday 14:00; on hold 16:00 until Tuesday 10:00.
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P2, local("2026-11-23T14:00"),
        List.of(Activity.of(local("2026-11-23T16:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T10:00"), Activity.Kind.RESUMED)),
        local("2026-11-24T10:30"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.state()).isEqualTo(ClockState.RUNNING);
    assertThat(first.counted()).isEqualTo(Duration.ofMinutes(150));
    assertThat(first.deadline()).isEqualTo(local("2026-11-24T14:00")); // without the hold: Tuesday 11:00
    assertThat(result.changes()).extracting(ClockChange::type)
        .containsExactly(STARTED, PAUSED, ClockChange.Type.RESUMED);
    assertThat(result.onHold()).isEqualTo(Duration.ofHours(18));
  }

  @Test
  void aPausedClockHasNoDeadlineUntilItResumes() {
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P2, local("2026-11-23T14:00"),
        List.of(Activity.of(local("2026-11-23T16:00"), PUT_ON_HOLD)), local("2026-11-24T12:00"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.state()).isEqualTo(ClockState.PAUSED);
    assertThat(first.deadline()).isNull();
    assertThat(first.remaining()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void aCustomerReplyWhileOnHoldEndsTheWait() {
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P2, local("2026-11-23T14:00"),
        List.of(Activity.of(local("2026-11-23T15:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-23T16:00"), CUSTOMER_REPLIED)),
        local("2026-11-23T16:00"));

    assertThat(result.clocks().getFirst().state()).isEqualTo(ClockState.RUNNING);
    assertThat(result.onHold()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void raisingThePriorityKeepsTheCountedTimeAndAppliesTheNewTarget() {
    // Team P3 (one business day), received Monday 09:00, raised to P2 (6 h) at 10:30.
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P3, local("2026-11-23T09:00"),
        List.of(Activity.priorityChanged(local("2026-11-23T10:30"), Priority.P2)),
        local("2026-11-23T11:00"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.priority()).isEqualTo(Priority.P2);
    assertThat(first.counted()).isEqualTo(Duration.ofHours(2));
    assertThat(first.deadline()).isEqualTo(local("2026-11-23T15:00"));
    assertThat(result.changes()).extracting(ClockChange::type).containsExactly(STARTED, RETIMED);
  }

  @Test
  void raisingThePriorityPastItsTargetBreachesAtTheChange() {
    // Team P3 received Monday 09:00; at 11:30 (2.5 h counted) raised to P1, whose target is 2 h.
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P3, local("2026-11-23T09:00"),
        List.of(Activity.priorityChanged(local("2026-11-23T11:30"), Priority.P1)),
        local("2026-11-23T12:00"));

    assertThat(result.changes()).extracting(ClockChange::type, ClockChange::at).containsExactly(
        tuple(STARTED, local("2026-11-23T09:00")),
        tuple(RETIMED, local("2026-11-23T11:30")),
        tuple(WARNING, local("2026-11-23T11:30")),
        tuple(BREACHED, local("2026-11-23T11:30")));
  }

  @Test
  void loweringThePriorityGivesTheLongerTargetWithoutRewritingThePast() {
    // Team P1 (2 h) received Monday 09:00, lowered to P3 (9 business hours) at 10:00.
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P1, local("2026-11-23T09:00"),
        List.of(Activity.priorityChanged(local("2026-11-23T10:00"), Priority.P3)),
        local("2026-11-23T10:00"));

    ClockReport first = result.clocks().getFirst();
    assertThat(first.deadline()).isEqualTo(local("2026-11-24T09:00"));
    assertThat(first.warningAt()).isEqualTo(local("2026-11-23T15:45"));
  }

  @Test
  void aCustomerReplyAfterTheFirstResponseStartsAFollowUpClock() {
    SlaEvaluation result = CaseClocks.evaluate(WITH_PLAN, Priority.P1, local("2026-11-23T09:00"),
        List.of(Activity.of(local("2026-11-23T10:00"), AGENT_RESPONDED),
            Activity.of(local("2026-11-23T15:00"), CUSTOMER_REPLIED)),
        local("2026-11-23T15:00"));

    ClockReport followUp = result.clocks().stream().filter(c -> c.kind() == ClockKind.FOLLOW_UP).findFirst().orElseThrow();
    assertThat(followUp.startedAt()).isEqualTo(local("2026-11-23T15:00"));
    assertThat(followUp.deadline()).isEqualTo(local("2026-11-24T14:00")); // 2 h Monday + 6 h Tuesday
  }

  @Test
  void nextWorkingDayEndsAtTheCloseOfTuesdayAndHoldPushesItIntoWednesday() {
    Instant monday = local("2026-11-23T10:00");
    SlaEvaluation plain = CaseClocks.evaluate(WITH_PLAN, Priority.P3, monday, List.of(), monday);
    SlaEvaluation held = CaseClocks.evaluate(WITH_PLAN, Priority.P3, monday,
        List.of(Activity.of(local("2026-11-24T09:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T11:00"), Activity.Kind.RESUMED)),
        local("2026-11-24T11:00"));

    assertThat(plain.clocks().getFirst().deadline()).isEqualTo(local("2026-11-24T17:00"));
    assertThat(held.clocks().getFirst().deadline()).isEqualTo(local("2026-11-25T10:00"));
  }

  @Test
  void updatesAreDueHourlyOnceWorkHasCommencedAndTheFirstMissedOneBreaches() {
    SlaEvaluation result = CaseClocks.evaluate(CARRIER, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:20"), AGENT_RESPONDED)), local("2026-11-24T11:30"));

    ClockReport update = result.clocks().get(1);
    assertThat(update.kind()).isEqualTo(ClockKind.UPDATE);
    assertThat(update.state()).isEqualTo(ClockState.BREACHED);
    assertThat(update.breachedAt()).isEqualTo(local("2026-11-24T11:20"));
  }

  @Test
  void aP2BeingWorkedOnKeepsItsUpdateCadenceAfterHours() {
    // First response Friday 16:30: the next update is due 18:30, not Monday 09:30.
    SlaEvaluation result = CaseClocks.evaluate(CARRIER, Priority.P2, local("2026-11-20T15:00"),
        List.of(Activity.of(local("2026-11-20T16:30"), AGENT_RESPONDED)), local("2026-11-20T16:30"));

    assertThat(result.clocks().get(1).deadline()).isEqualTo(local("2026-11-20T18:30"));
  }

  @Test
  void resolutionStopsEveryClockAndDowntimeExcludesTheHold() {
    SlaEvaluation result = CaseClocks.evaluate(CARRIER, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:05"), AGENT_RESPONDED),
            Activity.of(local("2026-11-24T11:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T12:00"), Activity.Kind.RESUMED),
            Activity.of(local("2026-11-24T12:04"), AGENT_RESPONDED), // 55 + 4 minutes of the hourly update
            Activity.of(local("2026-11-24T13:00"), RESOLVED)),
        local("2026-11-24T18:00"));

    assertThat(result.downtime()).isEqualTo(Duration.ofHours(2));
    assertThat(result.clocks()).extracting(ClockReport::state)
        .containsExactly(ClockState.MET, ClockState.MET, ClockState.STOPPED);
    assertThat(result.changes()).noneMatch(c -> c.type() == BREACHED);
  }

  @Test
  void downtimeRunsFromReceiptToTheFirstResolutionMinusTheHoldAndKeepsThePriorityOfThen() {
    SlaEvaluation result = CaseClocks.evaluate(TEAM, Priority.P2, local("2026-11-24T10:00"),
        List.of(Activity.priorityChanged(local("2026-11-24T10:30"), Priority.P1),
            Activity.of(local("2026-11-24T11:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T12:00"), Activity.Kind.RESUMED),
            Activity.of(local("2026-11-24T13:00"), RESOLVED),
            Activity.of(local("2026-11-24T14:00"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T15:00"), RESOLVED)), // closed later: the case was resolved at 13:00
        local("2026-11-24T18:00"));

    assertThat(result.resolved()).isTrue();
    assertThat(result.resolvedAt()).isEqualTo(local("2026-11-24T13:00"));
    assertThat(result.priority()).isEqualTo(Priority.P1);
    assertThat(result.onHold()).isEqualTo(Duration.ofHours(1));
    assertThat(result.downtime()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aHoldStillOpenAtTheResolutionEndsThere() {
    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:10"), PUT_ON_HOLD),
            Activity.of(local("2026-11-24T11:00"), RESOLVED)),
        local("2026-11-25T10:00"));

    assertThat(result.onHold()).isEqualTo(Duration.ofMinutes(50));
    assertThat(result.downtime()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void anOpenCaseHasNoDowntimeYet() {
    SlaEvaluation result = CaseClocks.evaluate(INFRA_24X7, Priority.P1, local("2026-11-24T10:00"),
        List.of(Activity.of(local("2026-11-24T10:10"), AGENT_RESPONDED)), local("2026-11-24T12:00"));

    assertThat(result.resolved()).isFalse();
    assertThat(result.downtime()).isNull();
    assertThat(result.priority()).isEqualTo(Priority.P1);
  }

  @Test
  void anActivityBeforeTheReceiptIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaseClocks.evaluate(INFRA_24X7, Priority.P1,
            local("2026-11-24T10:00"), List.of(Activity.of(local("2026-11-24T09:00"), AGENT_RESPONDED)),
            local("2026-11-24T11:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precedes the receipt");
  }

  private static ReactionTarget target(Priority p, ReactionMetric m, int amount, TargetUnit unit) {
    return new ReactionTarget(p, m, amount, unit);
  }
}
