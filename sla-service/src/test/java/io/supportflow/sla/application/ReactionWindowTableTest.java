package io.supportflow.sla.application;

import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static io.supportflow.businesstime.SampleCalendars.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.SampleCalendars;
import io.supportflow.sla.domain.ClockKind;
import io.supportflow.sla.domain.ClockReport;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the reaction-window table of docs/policies.md ({@link ReactionWindowRows}), through the
 * preview with the terms written out: one target on the row's calendar. The same rows run by preset
 * and tier in PresetReactionWindowTableTest.
 */
class ReactionWindowTableTest {

  private final PreviewClocks preview = new PreviewClocks();

  @ParameterizedTest(name = "{0} {3}: {4} {5} -> {7}")
  @CsvSource(textBlock = ReactionWindowRows.FIRST_RESPONSE)
  void firstResponseDeadlines(String policy, String preset, String tier, Priority priority, int amount,
      TargetUnit unit, String calendar, String deadline) {
    ClockReport first = evaluate(calendar, new ReactionTarget(priority, ReactionMetric.FIRST_RESPONSE, amount, unit),
        priority, local(ReactionWindowRows.RECEIVED), List.of()).getFirst();

    assertThat(first.kind()).isEqualTo(ClockKind.FIRST_RESPONSE);
    assertThat(first.deadline()).as(policy).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "{0} {3}: {4} {5} -> {6}")
  @CsvSource(textBlock = ReactionWindowRows.FOLLOW_UP)
  void followUpDeadlines(String policy, String preset, String tier, Priority priority, int amount, TargetUnit unit,
      String deadline) {
    List<ClockReport> clocks = evaluate("9x5", new ReactionTarget(priority, ReactionMetric.FOLLOW_UP, amount, unit),
        priority, local(ReactionWindowRows.FOLLOW_UP_RECEIVED),
        List.of(Activity.of(local(ReactionWindowRows.FOLLOW_UP_RESPONDED), Activity.Kind.AGENT_RESPONDED),
            Activity.of(local(ReactionWindowRows.FOLLOW_UP_REPLIED), Activity.Kind.CUSTOMER_REPLIED)));

    ClockReport followUp = clocks.stream().filter(c -> c.kind() == ClockKind.FOLLOW_UP).findFirst().orElseThrow();
    assertThat(followUp.deadline()).as(policy).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "carrier-grade updates {1}: {2} {3} -> {4}")
  @CsvSource(textBlock = ReactionWindowRows.UPDATES)
  void updateCadenceDeadlines(String preset, Priority priority, int amount, TargetUnit unit, String deadline) {
    List<ClockReport> clocks = evaluate("9x5", new ReactionTarget(priority, ReactionMetric.UPDATE_CADENCE, amount, unit),
        priority, local(ReactionWindowRows.UPDATES_RECEIVED),
        List.of(Activity.of(local(ReactionWindowRows.UPDATES_RESPONDED), Activity.Kind.AGENT_RESPONDED)));

    ClockReport update = clocks.stream().filter(c -> c.kind() == ClockKind.UPDATE).findFirst().orElseThrow();
    assertThat(update.deadline()).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "received Saturday 10:00, {0} {4} {5} -> {7}")
  @CsvSource(textBlock = ReactionWindowRows.WEEKEND)
  void aWeekendRequest(String label, String preset, String tier, Priority priority, int amount, TargetUnit unit,
      String calendar, String deadline) {
    ClockReport first = evaluate(calendar, new ReactionTarget(priority, ReactionMetric.FIRST_RESPONSE, amount, unit),
        priority, local(ReactionWindowRows.WEEKEND_RECEIVED), List.of()).getFirst();

    assertThat(first.deadline()).isEqualTo(local(deadline));
  }

  @Test
  void workCommencesAtTheNextCoveredMomentForTheAcknowledgement() {
    SlaTerms team = terms("9x5", new ReactionTarget(Priority.P2, ReactionMetric.FIRST_RESPONSE, 6, TargetUnit.BUSINESS_HOURS));

    assertThat(preview.preview(team, Priority.P2, local("2026-11-20T16:59:30"), List.of(), null).workCommencesAt())
        .isEqualTo(local("2026-11-20T16:59:30"));
    assertThat(preview.preview(team, Priority.P2, local("2026-11-22T03:00"), List.of(), null).workCommencesAt())
        .isEqualTo(local("2026-11-23T08:00"));
  }

  private List<ClockReport> evaluate(String calendar, ReactionTarget target, Priority priority,
      Instant receivedAt, List<Activity> activities) {
    return preview.preview(terms(calendar, target), priority, receivedAt, activities, null).evaluation().clocks();
  }

  private static SlaTerms terms(String calendar, ReactionTarget target) {
    BusinessCalendar businessCalendar = switch (calendar) {
      case "24x7" -> BusinessCalendar.twentyFourSeven(AMSTERDAM);
      case "9x5+wknd" -> SampleCalendars.nineToFiveWithWeekendCoverage();
      default -> SampleCalendars.nineToFive();
    };
    return new SlaTerms(businessCalendar, List.of(target), WarningShare.DEFAULT, Set.of());
  }
}
