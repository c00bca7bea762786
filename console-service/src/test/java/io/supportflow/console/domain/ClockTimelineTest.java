package io.supportflow.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.SampleCases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTimelineTest {

  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  void aCaseOnHoldReadsReceivedStartedPausedInOrder() {
    CaseView open = SampleCases.open("acme", "ACME-1", "northwind", "P1", "Down", NOW, Duration.ofMinutes(30));
    CaseView held = SampleCases.onHold(open, NOW);

    List<ClockTimeline.Moment> moments = ClockTimeline.of(held, NOW);

    assertThat(moments).extracting(ClockTimeline.Moment::kind)
        .containsExactly(ClockTimeline.Kind.RECEIVED, ClockTimeline.Kind.STARTED, ClockTimeline.Kind.PAUSED);
    assertThat(moments).extracting(ClockTimeline.Moment::text).containsExactly(
        "Received by portal", "First response started (work commences)", "First response paused (on hold)");
  }

  @Test
  void aRunningClocksDeadlineIsAnUpcomingMomentAndABreachIsMarked() {
    Instant received = NOW.minus(Duration.ofHours(1));
    CaseView view = SampleCases.view("acme", "ACME-3", "OPEN", "northwind", "P1", "Wrong", received, List.of(
        SampleCases.breached("FIRST_RESPONSE", received, received.plus(Duration.ofMinutes(15))),
        SampleCases.running("UPDATE", received, NOW.plus(Duration.ofHours(1)))));

    List<ClockTimeline.Moment> moments = ClockTimeline.of(view, NOW);

    assertThat(moments.getLast()).isEqualTo(new ClockTimeline.Moment(NOW.plus(Duration.ofHours(1)),
        ClockTimeline.Kind.DUE, "Update due", NOW.plus(Duration.ofHours(1)), true));
    assertThat(moments).extracting(ClockTimeline.Moment::text).contains("First response breached");
  }
}
