package io.supportflow.escalation.domain;

import static io.supportflow.escalation.domain.EscalationMatrix.CTO;
import static io.supportflow.escalation.domain.EscalationMatrix.CUSTOMER_RELATIONS_MANAGER;
import static io.supportflow.escalation.domain.EscalationMatrix.TECHNICAL_SUPPORT_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationWalkTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final BusinessCalendar ROUND_THE_CLOCK = BusinessCalendar.twentyFourSeven(AMSTERDAM);
  private static final Person TESSA = new Person("Tessa Manager", "tessa@acme.example");
  private static final Person CARL = new Person("Carl Relations", "carl@acme.example");
  private static final Person CHIEF = new Person("Chief Tech", "cto@acme.example");
  private static final Roster ROSTER = new Roster(Map.of(
      TECHNICAL_SUPPORT_MANAGER, TESSA, CUSTOMER_RELATIONS_MANAGER, CARL, CTO, CHIEF));
  private static final EscalationMatrix CARRIER_GRADE = new EscalationMatrix(MatrixChoice.carrierGradePlans(), false);

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static EscalationReport walk(Priority priority, List<Activity> timeline, Instant now) {
    return EscalationWalk.evaluate(CARRIER_GRADE, ROSTER, ROUND_THE_CLOCK, priority, T0, timeline, now);
  }

  @Test
  void theCarrierGradeMatrixIsTheTableOfThePolicies() {
    assertThat(CARRIER_GRADE.plan(Priority.P1)).containsExactly(
        new EscalationStep(0, OffsetUnit.CLOCK_MINUTES, TECHNICAL_SUPPORT_MANAGER),
        new EscalationStep(60, OffsetUnit.CLOCK_MINUTES, CUSTOMER_RELATIONS_MANAGER),
        new EscalationStep(240, OffsetUnit.CLOCK_MINUTES, CTO));
    assertThat(CARRIER_GRADE.plan(Priority.P2)).containsExactly(
        new EscalationStep(60, OffsetUnit.CLOCK_MINUTES, TECHNICAL_SUPPORT_MANAGER),
        new EscalationStep(240, OffsetUnit.CLOCK_MINUTES, CUSTOMER_RELATIONS_MANAGER),
        new EscalationStep(480, OffsetUnit.CLOCK_MINUTES, CTO));
    assertThat(CARRIER_GRADE.plan(Priority.P3)).containsExactly(
        new EscalationStep(48 * 60, OffsetUnit.CLOCK_MINUTES, TECHNICAL_SUPPORT_MANAGER),
        new EscalationStep(96 * 60, OffsetUnit.CLOCK_MINUTES, CUSTOMER_RELATIONS_MANAGER));
    assertThat(CARRIER_GRADE.plan(Priority.P4)).containsExactly(
        new EscalationStep(96 * 60, OffsetUnit.CLOCK_MINUTES, TECHNICAL_SUPPORT_MANAGER));
  }

  @Test
  void aP1TellsTheTechnicalSupportManagerOnReceiptAndPlansTheRest() {
    EscalationReport report = walk(Priority.P1, List.of(), T0);

    assertThat(report).isEqualTo(new EscalationReport(Priority.P1, false,
        List.of(new ReachedLevel(1, Priority.P1, TECHNICAL_SUPPORT_MANAGER, TESSA, T0, "P1 case escalated on receipt")),
        List.of(new NextLevel(2, Priority.P1, CUSTOMER_RELATIONS_MANAGER, CARL, at(1)),
            new NextLevel(3, Priority.P1, CTO, CHIEF, at(4)))));
  }

  @Test
  void anUnresolvedP1ReachesEveryLevelAtItsOffset() {
    EscalationReport report = walk(Priority.P1, List.of(), at(5));

    assertThat(report.reached()).containsExactly(
        new ReachedLevel(1, Priority.P1, TECHNICAL_SUPPORT_MANAGER, TESSA, T0, "P1 case escalated on receipt"),
        new ReachedLevel(2, Priority.P1, CUSTOMER_RELATIONS_MANAGER, CARL, at(1), "P1 not resolved within 1 hour"),
        new ReachedLevel(3, Priority.P1, CTO, CHIEF, at(4), "P1 not resolved within 4 hours"));
    assertThat(report.next()).isEmpty();
  }

  @Test
  void eachPriorityReachesItsLevelsAtTheTablesOffsets() {
    assertThat(walk(Priority.P2, List.of(), at(8)).reached()).extracting(ReachedLevel::reachedAt)
        .containsExactly(at(1), at(4), at(8));
    assertThat(walk(Priority.P3, List.of(), at(96)).reached()).extracting(ReachedLevel::reachedAt)
        .containsExactly(at(48), at(96));
    assertThat(walk(Priority.P4, List.of(), at(96)).reached()).extracting(ReachedLevel::role)
        .containsExactly(TECHNICAL_SUPPORT_MANAGER);
    assertThat(walk(Priority.P4, List.of(), at(95)).reached()).isEmpty();
  }

  @Test
  void resolutionStopsTheWalk() {
    EscalationReport report = walk(Priority.P1,
        List.of(Activity.of(T0.plus(Duration.ofMinutes(30)), Activity.Kind.RESOLVED)), at(10));

    assertThat(report.resolved()).isTrue();
    assertThat(report.reached()).extracting(ReachedLevel::role).containsExactly(TECHNICAL_SUPPORT_MANAGER);
    assertThat(report.next()).isEmpty();
  }

  @Test
  void aLevelDueAtTheResolutionInstantIsStillReached() {
    EscalationReport report = walk(Priority.P1, List.of(Activity.of(at(1), Activity.Kind.RESOLVED)), at(10));

    assertThat(report.reached()).extracting(ReachedLevel::role)
        .containsExactly(TECHNICAL_SUPPORT_MANAGER, CUSTOMER_RELATIONS_MANAGER);
  }

  @Test
  void raisingAP3ToP1AfterTwoHoursFiresThePassedP1LevelsAtTheChangeOnce() {
    EscalationReport report = walk(Priority.P3, List.of(Activity.priorityChanged(at(2), Priority.P1)), at(3));

    assertThat(report.priority()).isEqualTo(Priority.P1);
    assertThat(report.reached()).containsExactly(
        new ReachedLevel(1, Priority.P1, TECHNICAL_SUPPORT_MANAGER, TESSA, at(2), "P3 raised to P1: escalated at once"),
        new ReachedLevel(2, Priority.P1, CUSTOMER_RELATIONS_MANAGER, CARL, at(2), "P3 raised to P1: not resolved within 1 hour"));
    assertThat(report.next()).containsExactly(new NextLevel(3, Priority.P1, CTO, CHIEF, at(4)));
  }

  @Test
  void levelsAlreadyReachedStayReachedAfterAPriorityChangeAndAreNotRaisedAgain() {
    EscalationReport report = walk(Priority.P1, List.of(Activity.priorityChanged(at(2), Priority.P2)), at(9));

    assertThat(report.reached()).containsExactly(
        new ReachedLevel(1, Priority.P1, TECHNICAL_SUPPORT_MANAGER, TESSA, T0, "P1 case escalated on receipt"),
        new ReachedLevel(2, Priority.P1, CUSTOMER_RELATIONS_MANAGER, CARL, at(1), "P1 not resolved within 1 hour"),
        new ReachedLevel(3, Priority.P2, CTO, CHIEF, at(8), "P2 not resolved within 8 hours"));
  }

  @Test
  void loweringAP1BeforeItsNextLevelPostponesThatLevelToTheNewPlan() {
    EscalationReport report = walk(Priority.P1,
        List.of(Activity.priorityChanged(T0.plus(Duration.ofMinutes(30)), Priority.P2)), at(2));

    assertThat(report.reached()).extracting(ReachedLevel::role).containsExactly(TECHNICAL_SUPPORT_MANAGER);
    assertThat(report.next()).containsExactly(
        new NextLevel(2, Priority.P2, CUSTOMER_RELATIONS_MANAGER, CARL, at(4)),
        new NextLevel(3, Priority.P2, CTO, CHIEF, at(8)));
  }

  @Test
  void aBreachRaisesTheNextLevelAtOnceWhenTheTenantSaysSo() {
    EscalationMatrix eager = new EscalationMatrix(MatrixChoice.carrierGradePlans(), true);
    Instant breach = T0.plus(Duration.ofMinutes(15));

    EscalationReport report = EscalationWalk.evaluate(eager, ROSTER, ROUND_THE_CLOCK, Priority.P1, T0,
        List.of(Activity.of(breach, Activity.Kind.SLA_BREACHED)), T0.plus(Duration.ofMinutes(90)));

    assertThat(report.reached()).containsExactly(
        new ReachedLevel(1, Priority.P1, TECHNICAL_SUPPORT_MANAGER, TESSA, T0, "P1 case escalated on receipt"),
        new ReachedLevel(2, Priority.P1, CUSTOMER_RELATIONS_MANAGER, CARL, breach, "P1 SLA breached"));
    assertThat(report.next()).containsExactly(new NextLevel(3, Priority.P1, CTO, CHIEF, at(4)));
  }

  @Test
  void aBreachChangesNothingWhenTheTenantDoesNotRaiseOnBreach() {
    EscalationReport report = walk(Priority.P1,
        List.of(Activity.of(T0.plus(Duration.ofMinutes(15)), Activity.Kind.SLA_BREACHED)), T0.plus(Duration.ofMinutes(30)));

    assertThat(report.reached()).extracting(ReachedLevel::role).containsExactly(TECHNICAL_SUPPORT_MANAGER);
  }

  @Test
  void aRoleTheRosterLacksIsReachedWithoutAPerson() {
    EscalationReport report = EscalationWalk.evaluate(CARRIER_GRADE, Roster.empty(), ROUND_THE_CLOCK,
        Priority.P1, T0, List.of(), T0);

    assertThat(report.reached()).singleElement().satisfies(l -> {
      assertThat(l.role()).isEqualTo(TECHNICAL_SUPPORT_MANAGER);
      assertThat(l.person()).isNull();
    });
  }

  @Test
  void theWalkIsTheSameHoweverOftenItIsReplayed() {
    List<Activity> timeline = List.of(Activity.priorityChanged(at(2), Priority.P1));

    assertThat(walk(Priority.P3, timeline, at(5))).isEqualTo(walk(Priority.P3, timeline, at(5)));
    assertThat(walk(Priority.P3, timeline, at(5)).reached().getFirst().levelId("c-1"))
        .isEqualTo("c-1:1:" + TECHNICAL_SUPPORT_MANAGER + ":" + at(2).toEpochMilli());
  }

  /** Mon-Fri 08:00-17:00 Amsterdam, with the holidays given. */
  private static BusinessCalendar officeHours(LocalDate... holidays) {
    return new BusinessCalendar("cet-9x5", AMSTERDAM, WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), DailyInterval.of("08:00", "17:00")),
        Set.of(holidays), WeeklyHours.none());
  }

  private static Instant firstDue(OffsetUnit unit, int amount, BusinessCalendar calendar, Instant received) {
    EscalationMatrix matrix = new EscalationMatrix(Map.of(Priority.P2,
        List.of(new EscalationStep(amount, unit, TECHNICAL_SUPPORT_MANAGER))), false);
    return EscalationWalk.evaluate(matrix, ROSTER, calendar, Priority.P2, received, List.of(), received)
        .next().getFirst().dueAt();
  }

  @Test
  void businessHourOffsetsCountOnlyCoveredTime() {
    // Received Friday 16:00 local: 2 business hours later is Monday 09:00.
    Instant friday = Instant.parse("2026-11-27T15:00:00Z");

    assertThat(firstDue(OffsetUnit.BUSINESS_HOURS, 2, officeHours(), friday)).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    assertThat(new EscalationStep(2, OffsetUnit.BUSINESS_HOURS, TECHNICAL_SUPPORT_MANAGER).describe())
        .isEqualTo("2 business hours");
  }

  @Test
  void aHolidayIsNotCovered() {
    // Thursday 24 December is a holiday: an hour from 08:00 that day ends Friday 09:00.
    assertThat(firstDue(OffsetUnit.BUSINESS_MINUTES, 60, officeHours(LocalDate.parse("2026-12-24")),
        Instant.parse("2026-12-24T07:00:00Z"))).isEqualTo(Instant.parse("2026-12-25T08:00:00Z"));
  }

  @Test
  void businessDayOffsetsAreMultiplesOfTheBusinessDayInCoveredTime() {
    // Two business days of 9 hours from Monday 12:00: Wednesday 12:00.
    assertThat(firstDue(OffsetUnit.BUSINESS_DAYS, 2, officeHours(), local("2026-11-23T12:00")))
        .isEqualTo(local("2026-11-25T12:00"));
    assertThat(new EscalationStep(2, OffsetUnit.BUSINESS_DAYS, CTO).describe()).isEqualTo("2 business days");
  }

  @Test
  void workingDayOffsetsEndAtTheCloseOfTheNthWorkingDayAfterReceipt() {
    // Received Friday 16:59: the next working day closes Monday 17:00, the third Wednesday 17:00.
    Instant friday = local("2026-11-20T16:59");

    assertThat(firstDue(OffsetUnit.NEXT_WORKING_DAY, 1, officeHours(), friday)).isEqualTo(local("2026-11-23T17:00"));
    assertThat(firstDue(OffsetUnit.WORKING_DAYS, 3, officeHours(), friday)).isEqualTo(local("2026-11-25T17:00"));
  }

  @Test
  void weekendCoverageCountsForBusinessOffsets() {
    BusinessCalendar withWeekend = new BusinessCalendar("cet-9x5-weekend", AMSTERDAM,
        WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY), DailyInterval.of("08:00", "17:00")),
        Set.of(), WeeklyHours.none().withStretch(DayOfWeek.FRIDAY, 17 * 60, DayOfWeek.MONDAY, 8 * 60));

    // Saturday 03:00 is covered: 4 business hours later is Saturday 07:00, not Monday noon.
    assertThat(firstDue(OffsetUnit.BUSINESS_HOURS, 4, withWeekend, local("2026-11-21T03:00")))
        .isEqualTo(local("2026-11-21T07:00"));
  }

  @Test
  void anImmediateLevelIsDueAtReceiptEvenOutsideCoveredHours() {
    Instant sunday = local("2026-11-22T03:00");
    EscalationMatrix matrix = new EscalationMatrix(Map.of(Priority.P2,
        List.of(new EscalationStep(0, OffsetUnit.BUSINESS_HOURS, TECHNICAL_SUPPORT_MANAGER))), false);

    assertThat(EscalationWalk.evaluate(matrix, ROSTER, officeHours(), Priority.P2, sunday, List.of(), sunday)
        .reached()).singleElement().satisfies(level -> assertThat(level.reachedAt()).isEqualTo(sunday));
  }

  private static Instant local(String dateTime) {
    return java.time.LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
  }
}
