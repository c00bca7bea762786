package io.supportflow.sla.application;

import static io.supportflow.sla.domain.SampleCalendars.AMSTERDAM;
import static io.supportflow.sla.domain.SampleCalendars.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.BusinessCalendar;
import io.supportflow.sla.domain.SampleCalendars;
import io.supportflow.sla.domain.ClockKind;
import io.supportflow.sla.domain.ClockReport;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of the reaction-window table of POLICIES.md, through the preview. Requests arrive on
 * Monday 23 November 2026 at 10:00 Amsterdam time unless a row says otherwise; business hours are
 * the tiered policy's 08:00-17:00, Monday to Friday.
 */
class ReactionWindowTableTest {

  private static final Instant MONDAY_10 = local("2026-11-23T10:00");
  private final PreviewClocks preview = new PreviewClocks();

  @ParameterizedTest(name = "{0} {1}: {2} {3} -> {5}")
  @CsvSource({
    // policy,                       priority, amount, unit,             calendar,  deadline (local)
    "infra-24x7 first reaction,        P1, 15, CLOCK_MINUTES,    24x7,      2026-11-23T10:15",
    "infra-24x7 first reaction,        P2, 60, CLOCK_MINUTES,    24x7,      2026-11-23T11:00",
    "infra-24x7 first reaction,        P3, 180, CLOCK_MINUTES,   24x7,      2026-11-23T13:00",
    "infra-24x7 first reaction,        P4, 720, CLOCK_MINUTES,   24x7,      2026-11-23T22:00",
    "tiered Team initial,              P1, 2, BUSINESS_HOURS,    9x5,       2026-11-23T12:00",
    "tiered Team initial,              P2, 6, BUSINESS_HOURS,    9x5,       2026-11-23T16:00",
    "tiered Team initial,              P3, 1, BUSINESS_DAYS,     9x5,       2026-11-24T10:00",
    "tiered Team initial,              P4, 2, BUSINESS_DAYS,     9x5,       2026-11-25T10:00",
    "tiered Enterprise initial,        P1, 1, BUSINESS_HOURS,    9x5+wknd,  2026-11-23T11:00",
    "tiered Enterprise initial,        P2, 2, BUSINESS_HOURS,    9x5+wknd,  2026-11-23T12:00",
    "tiered Enterprise initial,        P3, 1, BUSINESS_DAYS,     9x5+wknd,  2026-11-24T10:00",
    "tiered Enterprise initial,        P4, 2, BUSINESS_DAYS,     9x5+wknd,  2026-11-25T10:00",
    "with plan initial,                P1, 4, BUSINESS_HOURS,    9x5,       2026-11-23T14:00",
    "with plan initial,                P2, 8, BUSINESS_HOURS,    9x5,       2026-11-24T09:00",
    "with plan initial,                P3, 1, NEXT_WORKING_DAY,  9x5,       2026-11-24T17:00",
    "without plan initial,             P1, 1, NEXT_WORKING_DAY,  9x5,       2026-11-24T17:00",
    "without plan initial,             P2, 2, WORKING_DAYS,      9x5,       2026-11-25T17:00",
    "without plan initial,             P3, 3, WORKING_DAYS,      9x5,       2026-11-26T17:00",
    "carrier-grade first mail,         P1, 60, CLOCK_MINUTES,    9x5,       2026-11-23T11:00",
    "carrier-grade first mail,         P2, 120, CLOCK_MINUTES,   9x5,       2026-11-23T12:00",
    "carrier-grade first mail,         P3, 1, BUSINESS_DAYS,     9x5,       2026-11-24T10:00",
    "carrier-grade first mail,         P4, 2, BUSINESS_DAYS,     9x5,       2026-11-25T10:00",
  })
  void firstResponseDeadlines(String policy, Priority priority, int amount, TargetUnit unit,
      String calendar, String deadline) {
    ClockReport first = evaluate(calendar, new ReactionTarget(priority, ReactionMetric.FIRST_RESPONSE, amount, unit),
        priority, MONDAY_10, List.of()).getFirst();

    assertThat(first.kind()).isEqualTo(ClockKind.FIRST_RESPONSE);
    assertThat(first.deadline()).as(policy).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "{0} {1}: {2} {3} -> {4}")
  @CsvSource({
    // Follow-up: from a customer reply on Monday 10:00 (first response given at 09:30).
    "with plan follow-up,     P1, 8, BUSINESS_HOURS,  2026-11-24T09:00",
    "with plan follow-up,     P2, 2, WORKING_DAYS,    2026-11-25T17:00",
    "with plan follow-up,     P3, 3, WORKING_DAYS,    2026-11-26T17:00",
    "without plan follow-up,  P1, 2, WORKING_DAYS,    2026-11-25T17:00",
    "without plan follow-up,  P2, 3, WORKING_DAYS,    2026-11-26T17:00",
    "without plan follow-up,  P3, 4, WORKING_DAYS,    2026-11-27T17:00",
  })
  void followUpDeadlines(String policy, Priority priority, int amount, TargetUnit unit, String deadline) {
    List<ClockReport> clocks = evaluate("9x5", new ReactionTarget(priority, ReactionMetric.FOLLOW_UP, amount, unit),
        priority, local("2026-11-23T09:00"),
        List.of(Activity.of(local("2026-11-23T09:30"), Activity.Kind.AGENT_RESPONDED),
            Activity.of(MONDAY_10, Activity.Kind.CUSTOMER_REPLIED)));

    ClockReport followUp = clocks.stream().filter(c -> c.kind() == ClockKind.FOLLOW_UP).findFirst().orElseThrow();
    assertThat(followUp.deadline()).as(policy).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "carrier-grade updates {0}: {1} {2} -> {3}")
  @CsvSource({
    // Updates: from the first response on Monday 10:00 (hourly, every 2 h, once per business
    // day, every other business day).
    "P1, 60, CLOCK_MINUTES,   2026-11-23T11:00",
    "P2, 120, CLOCK_MINUTES,  2026-11-23T12:00",
    "P3, 1, BUSINESS_DAYS,    2026-11-24T10:00",
    "P4, 2, BUSINESS_DAYS,    2026-11-25T10:00",
  })
  void updateCadenceDeadlines(Priority priority, int amount, TargetUnit unit, String deadline) {
    List<ClockReport> clocks = evaluate("9x5", new ReactionTarget(priority, ReactionMetric.UPDATE_CADENCE, amount, unit),
        priority, local("2026-11-23T09:00"),
        List.of(Activity.of(MONDAY_10, Activity.Kind.AGENT_RESPONDED)));

    ClockReport update = clocks.stream().filter(c -> c.kind() == ClockKind.UPDATE).findFirst().orElseThrow();
    assertThat(update.deadline()).isEqualTo(local(deadline));
  }

  @ParameterizedTest(name = "received Saturday 10:00, {0} {1} {2} -> {4}")
  @CsvSource({
    // Outside covered hours: 24x365 targets run at once, business targets start Monday 08:00.
    "carrier-grade P1,   P1, 60, CLOCK_MINUTES,   2026-11-21T11:00",
    "carrier-grade P3,   P3, 1, BUSINESS_DAYS,    2026-11-23T17:00",
    "Enterprise P1,      P1, 1, BUSINESS_HOURS,   2026-11-21T11:00",
    "Team P1,            P1, 2, BUSINESS_HOURS,   2026-11-23T10:00",
  })
  void aWeekendRequest(String label, Priority priority, int amount, TargetUnit unit, String deadline) {
    String calendar = label.startsWith("Enterprise") ? "9x5+wknd" : "9x5";
    ClockReport first = evaluate(calendar, new ReactionTarget(priority, ReactionMetric.FIRST_RESPONSE, amount, unit),
        priority, local("2026-11-21T10:00"), List.of()).getFirst();

    assertThat(first.deadline()).isEqualTo(local(deadline));
  }

  @org.junit.jupiter.api.Test
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
