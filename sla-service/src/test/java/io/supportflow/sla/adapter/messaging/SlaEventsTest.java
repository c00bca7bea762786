package io.supportflow.sla.adapter.messaging;

import static io.supportflow.businesstime.SampleCalendars.local;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.CoverageWindow;
import io.supportflow.events.Priority;
import io.supportflow.events.Weekday;
import io.supportflow.events.WeeklyInterval;
import io.supportflow.sla.application.MeasuredDowntime;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.CaseTimeline;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaEventsTest {

  private static final List<Weekday> WEEKDAYS =
      List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY);

  @Test
  void theDecisionsCalendarBecomesTheBusinessCalendarWithWeekendCoverageAndHolidays() {
    ContractTerms terms = ContractTerms.newBuilder()
        .setPlanName("tiered-business-hours").setTier("Enterprise")
        .setCalendar(CoverageCalendar.newBuilder()
            .setCalendarId("cet-9x5").setZone("Europe/Amsterdam")
            .setWeeklyHours(WEEKDAYS.stream().map(d -> new WeeklyInterval(d, "08:00", "17:00")).toList())
            .setHolidays(List.of("2026-12-25"))
            .setExtraCoverage(List.of(new CoverageWindow(Weekday.FRIDAY, "17:00", Weekday.MONDAY, "08:00")))
            .build())
        .setTargets(List.of())
        .build();

    BusinessCalendar calendar = SlaEvents.terms(terms, WarningShare.DEFAULT).calendar();

    assertThat(calendar.isCovered(local("2026-11-24T10:00"))).isTrue();   // Tuesday, business hours
    assertThat(calendar.isCovered(local("2026-11-24T20:00"))).isFalse();  // Tuesday evening
    assertThat(calendar.isCovered(local("2026-11-21T20:00"))).isTrue();   // Saturday, weekend coverage
    assertThat(calendar.isCovered(local("2026-12-25T10:00"))).isTrue();   // holiday, covered like a Saturday
    assertThat(calendar.isWorkingDay(local("2026-12-25T10:00").atZone(calendar.zone()).toLocalDate())).isFalse();
  }

  @Test
  void thePrioritiesWorkedRoundTheClockComeFromTheTerms() {
    ContractTerms.Builder terms = ContractTerms.newBuilder()
        .setPlanName("infra-24x7")
        .setCalendar(CoverageCalendar.newBuilder().setCalendarId("24x7").setZone("Europe/Amsterdam")
            .setWeeklyHours(List.of()).build())
        .setTargets(List.of());

    assertThat(SlaEvents.terms(terms.setAroundTheClockOnceWorking(List.of(Priority.P1, Priority.P2)).build(),
        WarningShare.DEFAULT).aroundTheClockOnceWorking())
        .containsExactlyInAnyOrder(io.supportflow.timeline.Priority.P1, io.supportflow.timeline.Priority.P2);
    assertThat(SlaEvents.terms(ContractTerms.newBuilder(terms.build()).clearAroundTheClockOnceWorking().build(),
        WarningShare.DEFAULT).aroundTheClockOnceWorking()).isEmpty();
  }

  @Test
  void aMeasuredDowntimeBecomesItsEventWithAnIdDerivedFromTheResolution() {
    CaseTimeline<SlaTerms> resolved = new CaseTimeline<>("case-1", "acme", "ACME-000042", "northwind", 2,
        io.supportflow.timeline.Priority.P2, local("2026-11-24T10:00"), null, List.of(), Set.of());
    MeasuredDowntime downtime = new MeasuredDowntime("case-1:downtime:resolution-event",
        io.supportflow.timeline.Priority.P1, local("2026-11-24T10:00"), local("2026-11-24T13:00"),
        Duration.ofHours(1), Duration.ofHours(2));

    CaseDowntimeMeasured event = SlaEvents.downtime(resolved, downtime);

    assertThat(event).isEqualTo(CaseDowntimeMeasured.newBuilder()
        .setEventId(UUID.nameUUIDFromBytes("case-1:downtime:resolution-event".getBytes(StandardCharsets.UTF_8)).toString())
        .setOccurredAt(local("2026-11-24T13:00"))
        .setTenantId("acme")
        .setCaseId("case-1")
        .setCaseNumber("ACME-000042")
        .setCustomerId("northwind")
        .setPriority(Priority.P1)
        .setReceivedAt(local("2026-11-24T10:00"))
        .setResolvedAt(local("2026-11-24T13:00"))
        .setOnHoldMillis(3_600_000L)
        .setDowntimeMillis(7_200_000L)
        .build());
    assertThat(SlaEvents.downtime(resolved, downtime).getEventId()).isEqualTo(event.getEventId());
  }

  @Test
  void termsWithoutWeeklyHoursMeanRoundTheClock() {
    ContractTerms terms = ContractTerms.newBuilder()
        .setPlanName("infra-24x7")
        .setCalendar(CoverageCalendar.newBuilder().setCalendarId("24x7").setZone("Europe/Amsterdam")
            .setWeeklyHours(List.of()).build())
        .setTargets(List.of())
        .build();

    assertThat(SlaEvents.terms(terms, WarningShare.DEFAULT).calendar().isCovered(local("2026-11-22T03:00")))
        .isTrue();
  }
}
