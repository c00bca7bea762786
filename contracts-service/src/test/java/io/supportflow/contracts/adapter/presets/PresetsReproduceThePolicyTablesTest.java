package io.supportflow.contracts.adapter.presets;

import static io.supportflow.contracts.domain.Priority.P1;
import static io.supportflow.contracts.domain.Priority.P2;
import static io.supportflow.contracts.domain.Priority.P3;
import static io.supportflow.contracts.domain.Priority.P4;
import static io.supportflow.contracts.domain.ReactionMetric.FIRST_RESPONSE;
import static io.supportflow.contracts.domain.ReactionMetric.FOLLOW_UP;
import static io.supportflow.contracts.domain.ReactionMetric.UPDATE_CADENCE;
import static io.supportflow.contracts.domain.TargetUnit.BUSINESS_DAYS;
import static io.supportflow.contracts.domain.TargetUnit.BUSINESS_HOURS;
import static io.supportflow.contracts.domain.TargetUnit.CLOCK_MINUTES;
import static io.supportflow.contracts.domain.TargetUnit.NEXT_WORKING_DAY;
import static io.supportflow.contracts.domain.TargetUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.domain.CaseQuota;
import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.ChannelRule;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.CoverageWindow;
import io.supportflow.contracts.domain.EscalationLevel;
import io.supportflow.contracts.domain.HolidayRegion;
import io.supportflow.contracts.domain.LatePurchase;
import io.supportflow.contracts.domain.Preset;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.Scope;
import io.supportflow.contracts.domain.StatusMailCadence;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.contracts.domain.WeeklyInterval;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each shipped preset, read from its YAML, against the tables of docs/policies.md, number by number. */
class PresetsReproduceThePolicyTablesTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final List<DayOfWeek> WEEKDAYS = List.of(
      DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
  private final ClasspathPresetCatalog catalog = new ClasspathPresetCatalog(PolicyFormat.yaml());

  @Test
  void allFivePresetsShipUnderTheirNeutralNames() {
    assertThat(catalog.all()).extracting(Preset::name).containsExactly(
        "annual-maintenance", "infra-24x7", "maintenance-plans", "tiered-business-hours", "carrier-grade");
  }

  @Test
  void infra24x7ReactsIn15Minutes1Hour3Hours12HoursRoundTheClockOnInfrastructureOnly() {
    Preset preset = catalog.byName("infra-24x7").orElseThrow();
    SupportPlan plan = preset.plan(null).orElseThrow();

    assertThat(plan.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 15, CLOCK_MINUTES), target(P2, FIRST_RESPONSE, 60, CLOCK_MINUTES),
        target(P3, FIRST_RESPONSE, 180, CLOCK_MINUTES), target(P4, FIRST_RESPONSE, 720, CLOCK_MINUTES));
    assertThat(plan.scope()).isEqualTo(Scope.INFRASTRUCTURE);
    assertThat(plan.aroundTheClockOnceWorking()).containsExactly(P1, P2);
    assertThat(plan.allows(Channel.PHONE, P1)).isTrue();
    assertThat(preset.calendar(plan.calendarId()).orElseThrow())
        .isEqualTo(CoverageCalendar.twentyFourSeven(AMSTERDAM));
    assertThat(preset.statusMails()).containsExactly(
        new StatusMailCadence(P1, 30, CLOCK_MINUTES), new StatusMailCadence(P2, 30, CLOCK_MINUTES),
        new StatusMailCadence(P3, 30, CLOCK_MINUTES), new StatusMailCadence(P4, 30, CLOCK_MINUTES));
  }

  @Test
  void tieredTeamRespondsIn2Hours6Hours1And2BusinessDaysOnThePortal9x5() {
    Preset preset = catalog.byName("tiered-business-hours").orElseThrow();
    SupportPlan team = preset.plan("Team").orElseThrow();

    assertThat(team.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 2, BUSINESS_HOURS), target(P2, FIRST_RESPONSE, 6, BUSINESS_HOURS),
        target(P3, FIRST_RESPONSE, 1, BUSINESS_DAYS), target(P4, FIRST_RESPONSE, 2, BUSINESS_DAYS));
    assertThat(team.channels()).containsExactly(new ChannelRule(Channel.PORTAL, List.of()));
    assertThat(team.languages()).containsExactly("en", "nl");
    assertThat(team.namedContactsOnly()).isTrue();
    assertThat(preset.calendar(team.calendarId()).orElseThrow()).isEqualTo(new CoverageCalendar("cet-9x5", AMSTERDAM,
        List.of(new WeeklyInterval(WEEKDAYS, "08:00", "17:00")), new HolidayRegion("nl", null), List.of(), List.of()));
  }

  @Test
  void tieredEnterpriseRespondsIn1Hour2Hours1And2BusinessDaysWithWeekendCoverageAndPhoneForSev1Only() {
    Preset preset = catalog.byName("tiered-business-hours").orElseThrow();
    SupportPlan enterprise = preset.plan("Enterprise").orElseThrow();

    assertThat(enterprise.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 1, BUSINESS_HOURS), target(P2, FIRST_RESPONSE, 2, BUSINESS_HOURS),
        target(P3, FIRST_RESPONSE, 1, BUSINESS_DAYS), target(P4, FIRST_RESPONSE, 2, BUSINESS_DAYS));
    assertThat(enterprise.channels()).containsExactly(
        new ChannelRule(Channel.PORTAL, List.of()), new ChannelRule(Channel.PHONE, List.of(P1)));
    CoverageCalendar calendar = preset.calendar(enterprise.calendarId()).orElseThrow();
    assertThat(calendar.weeklyHours()).containsExactly(new WeeklyInterval(WEEKDAYS, "08:00", "17:00"));
    assertThat(calendar.zone()).isEqualTo(AMSTERDAM);
    assertThat(calendar.extraCoverage())
        .containsExactly(new CoverageWindow(DayOfWeek.FRIDAY, "17:00", DayOfWeek.MONDAY, "08:00"));
  }

  @Test
  void tieredFreeIsCommunitySupportOnly() {
    SupportPlan free = catalog.byName("tiered-business-hours").orElseThrow().plan("Free").orElseThrow();

    assertThat(free.communityOnly()).isTrue();
    assertThat(free.channels()).isEmpty();
    assertThat(free.targets()).isEmpty();
  }

  @Test
  void withAPlanInitialIs4And8BusinessHoursAndNextWorkingDayFollowUp8BusinessHours2And3WorkingDays() {
    SupportPlan withPlan = catalog.byName("maintenance-plans").orElseThrow().plan("with-plan").orElseThrow();

    // Three-level plan: High = P1, Medium = P2, Low = P3; nothing for P4.
    assertThat(withPlan.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 4, BUSINESS_HOURS), target(P2, FIRST_RESPONSE, 8, BUSINESS_HOURS),
        target(P3, FIRST_RESPONSE, 1, NEXT_WORKING_DAY),
        target(P1, FOLLOW_UP, 8, BUSINESS_HOURS), target(P2, FOLLOW_UP, 2, WORKING_DAYS),
        target(P3, FOLLOW_UP, 3, WORKING_DAYS));
    assertThat(withPlan.channels()).extracting(ChannelRule::channel)
        .containsExactly(Channel.PHONE, Channel.EMAIL, Channel.PORTAL);
    assertThat(withPlan.caseQuota()).isNull();
  }

  @Test
  void withoutAPlanIsOneCaseIn90DaysByMailOrPortalInitialNextWorkingDay2And3FollowUp2To4WorkingDays() {
    SupportPlan withoutPlan = catalog.byName("maintenance-plans").orElseThrow().plan("without-plan").orElseThrow();

    assertThat(withoutPlan.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 1, NEXT_WORKING_DAY), target(P2, FIRST_RESPONSE, 2, WORKING_DAYS),
        target(P3, FIRST_RESPONSE, 3, WORKING_DAYS),
        target(P1, FOLLOW_UP, 2, WORKING_DAYS), target(P2, FOLLOW_UP, 3, WORKING_DAYS),
        target(P3, FOLLOW_UP, 4, WORKING_DAYS));
    assertThat(withoutPlan.caseQuota()).isEqualTo(new CaseQuota(1, 90));
    assertThat(withoutPlan.termDays()).isEqualTo(90);
    assertThat(withoutPlan.quoteAfterTerm()).isTrue();
    assertThat(withoutPlan.channels()).extracting(ChannelRule::channel).containsExactly(Channel.EMAIL, Channel.PORTAL);
  }

  @Test
  void carrierGradeFirstMailAndUpdatesAre1Hour2Hours1And2BusinessDaysRoundTheClockForP1AndP2() {
    SupportPlan plan = catalog.byName("carrier-grade").orElseThrow().plan(null).orElseThrow();

    assertThat(plan.targets()).containsExactlyInAnyOrder(
        target(P1, FIRST_RESPONSE, 60, CLOCK_MINUTES), target(P2, FIRST_RESPONSE, 120, CLOCK_MINUTES),
        target(P3, FIRST_RESPONSE, 1, BUSINESS_DAYS), target(P4, FIRST_RESPONSE, 2, BUSINESS_DAYS),
        target(P1, UPDATE_CADENCE, 60, CLOCK_MINUTES), target(P2, UPDATE_CADENCE, 120, CLOCK_MINUTES),
        target(P3, UPDATE_CADENCE, 1, BUSINESS_DAYS), target(P4, UPDATE_CADENCE, 2, BUSINESS_DAYS));
    assertThat(plan.escalationMatrixId()).isEqualTo("carrier-grade");
  }

  @Test
  void carrierGradeEscalationMatrixIsTheTableOfManagers() {
    Preset preset = catalog.byName("carrier-grade").orElseThrow();

    assertThat(preset.escalationMatrix("carrier-grade").orElseThrow().levels()).containsExactly(
        level(P1, 0, "Technical Support Manager"),
        level(P1, 60, "Customer Relations Manager"),
        level(P1, 4 * 60, "CTO"),
        level(P2, 60, "Technical Support Manager"),
        level(P2, 4 * 60, "Customer Relations Manager"),
        level(P2, 8 * 60, "CTO"),
        level(P3, 48 * 60, "Technical Support Manager"),
        level(P3, 96 * 60, "Customer Relations Manager"),
        level(P4, 96 * 60, "Technical Support Manager"));
  }

  @Test
  void onlyTheInfrastructureDocumentPromisesToWorkP1AndP2RoundTheClockOnceStarted() {
    assertThat(catalog.all().stream().flatMap(p -> p.plans().stream()))
        .filteredOn(plan -> !plan.aroundTheClockOnceWorking().isEmpty())
        .singleElement()
        .satisfies(plan -> assertThat(plan.planName()).isEqualTo("infra-24x7"));
  }

  @Test
  void annualMaintenanceBoughtLateHasAnEightWeekImplementationPeriodAndAThreeMonthUpgradeEmbargo() {
    SupportPlan plan = catalog.byName("annual-maintenance").orElseThrow().plan(null).orElseThrow();

    assertThat(plan.latePurchase()).isEqualTo(new LatePurchase(8, 3));
  }

  private static ReactionTarget target(Priority p, io.supportflow.contracts.domain.ReactionMetric m, int amount,
      io.supportflow.contracts.domain.TargetUnit unit) {
    return new ReactionTarget(p, m, amount, unit);
  }

  private static EscalationLevel level(Priority p, int minutes, String role) {
    return new EscalationLevel(p, minutes, CLOCK_MINUTES, role);
  }
}
