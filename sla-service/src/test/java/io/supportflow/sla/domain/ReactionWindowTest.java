package io.supportflow.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReactionWindowTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");

  @Test
  void p1FifteenClockMinutesCloseAtQuarterPastAndWarnAfterThreeQuarters() {
    ReactionTarget p1 = new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES);

    ReactionWindow window = ReactionWindow.open(p1, RECEIVED, WarningShare.DEFAULT);

    assertThat(window).isEqualTo(new ReactionWindow(
        p1, RECEIVED, Instant.parse("2026-11-24T09:26:15Z"), Instant.parse("2026-11-24T09:30:00Z")));
  }

  @Test
  void aSmallerWarningShareWarnsEarlier() {
    ReactionTarget p2 = new ReactionTarget(Priority.P2, ReactionMetric.FIRST_RESPONSE, 60, TargetUnit.CLOCK_MINUTES);

    ReactionWindow window = ReactionWindow.open(p2, RECEIVED, new WarningShare(0.5));

    assertThat(window.warningAt()).isEqualTo(Instant.parse("2026-11-24T09:45:00Z"));
    assertThat(window.deadline()).isEqualTo(Instant.parse("2026-11-24T10:15:00Z"));
  }

  @Test
  void aWarningThatFallsBetweenSecondsIsRoundedToTheMillisecond() {
    ReactionTarget oneMinute = new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 1, TargetUnit.CLOCK_MINUTES);

    ReactionWindow window = ReactionWindow.open(oneMinute, RECEIVED, new WarningShare(0.3333));

    assertThat(window.warningAt()).isEqualTo(RECEIVED.plusMillis(19_998));
  }

  @Test
  void aBusinessHoursTargetIsRejectedUntilTheBusinessCalendarExists() {
    ReactionTarget fourBusinessHours =
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 4, TargetUnit.BUSINESS_HOURS);

    assertThatThrownBy(() -> ReactionWindow.open(fourBusinessHours, RECEIVED, WarningShare.DEFAULT))
        .isInstanceOf(UnsupportedTargetUnitException.class)
        .hasMessage("Cannot time the P1 FIRST_RESPONSE target of 4 BUSINESS_HOURS yet: only"
            + " CLOCK_MINUTES targets are timed until the business calendar is built");
  }

  @ParameterizedTest
  @EnumSource(value = TargetUnit.class, names = "CLOCK_MINUTES", mode = EnumSource.Mode.EXCLUDE)
  void everyBusinessTimeUnitIsRejected(TargetUnit unit) {
    ReactionTarget target = new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 1, unit);

    assertThatThrownBy(() -> ReactionWindow.open(target, RECEIVED, WarningShare.DEFAULT))
        .isInstanceOf(UnsupportedTargetUnitException.class)
        .hasMessageContaining(unit.name());
  }
}
