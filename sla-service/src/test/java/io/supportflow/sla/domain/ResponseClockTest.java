package io.supportflow.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseClockTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final List<ReactionTarget> INFRA_24X7 = List.of(
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES),
      new ReactionTarget(Priority.P2, ReactionMetric.FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES),
      new ReactionTarget(Priority.P2, ReactionMetric.UPDATE_CADENCE, 120, TargetUnit.CLOCK_MINUTES),
      new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 180, TargetUnit.CLOCK_MINUTES));

  private static DecidedCase decided(EntitlementOutcome outcome, Priority priority, List<ReactionTarget> targets) {
    return new DecidedCase("case-1", outcome, priority, RECEIVED, targets);
  }

  @Test
  void anEntitledP2CaseStartsItsFirstResponseClockAgainstTheP2PromiseAtReceipt() {
    ResponseClock clock =
        ResponseClock.firstResponse(decided(EntitlementOutcome.ENTITLED, Priority.P2, INFRA_24X7), WarningShare.DEFAULT)
            .orElseThrow();

    ReactionTarget p2 = INFRA_24X7.get(1);
    assertThat(clock).isEqualTo(new ResponseClock("case-1", ClockKind.FIRST_RESPONSE, Priority.P2,
        new ReactionWindow(p2, RECEIVED, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:15:00Z"))));
    assertThat(clock.clockId()).isEqualTo("case-1:FIRST_RESPONSE");
  }

  @Test
  void aCaseWorkedAfterAQuoteIsTimedToo() {
    assertThat(ResponseClock.firstResponse(
            decided(EntitlementOutcome.QUOTE_REQUIRED, Priority.P1, INFRA_24X7), WarningShare.DEFAULT))
        .hasValueSatisfying(c -> assertThat(c.window().deadline()).isEqualTo(RECEIVED.plusSeconds(15 * 60)));
  }

  @Test
  void aCaseThatIsNotEntitledStartsNoClock() {
    assertThat(ResponseClock.firstResponse(
            decided(EntitlementOutcome.NOT_ENTITLED, Priority.P1, List.of()), WarningShare.DEFAULT))
        .isEmpty();
  }

  @Test
  void anOutcomeOutsideTheTermsStartsNoClockEvenIfTargetsCameAlong() {
    assertThat(ResponseClock.firstResponse(
            decided(EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY, Priority.P1, INFRA_24X7), WarningShare.DEFAULT))
        .isEmpty();
  }

  @Test
  void termsThatPromiseNoFirstResponseForThePriorityStartNoClock() {
    // Plans with three levels promise nothing for P4.
    assertThat(ResponseClock.firstResponse(
            decided(EntitlementOutcome.ENTITLED, Priority.P4, INFRA_24X7), WarningShare.DEFAULT))
        .isEmpty();
  }
}
