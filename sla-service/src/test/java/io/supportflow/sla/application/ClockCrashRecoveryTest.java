package io.supportflow.sla.application;

import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.sla.adapter.persistence.MongoTrackedCases;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.CaseTimelines;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.ReportedActivity;
import io.supportflow.timeline.testing.KilledBeforeRecording;
import io.supportflow.timeline.testing.OwnerKilled;
import io.supportflow.timeline.testing.ReplayingInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An instance takes a case and is killed before its timers are due; another instance gets the
 * partition after the deadline. Every overdue timer fires, and each change is published once.
 */
class ClockCrashRecoveryTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final SlaTerms INFRA_24X7 = new SlaTerms(BusinessCalendar.twentyFourSeven(AMSTERDAM),
      List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of());

  /** One sla-service instance: its replay, its scheduler, and what it published. */
  private static ReplayingInstance<SlaTerms, SlaEvaluation> instance(MongoDatabase db, Clock clock) {
    return new ReplayingInstance<>(db, new MongoTrackedCases(db).timelines(), "SLA", clock,
        published -> new TrackCaseClocks((c, change) -> published.accept(change.changeId(c.caseId())),
            (c, downtime) -> published.accept(downtime.measurementId())));
  }

  private static CaseReplays<SlaTerms, SlaEvaluation> replays(CaseTimelines<SlaTerms> store, ClockEvents events,
      DowntimeEvents downtimes, MutableClock clock) {
    return new CaseReplays<>(store, new TrackCaseClocks(events, downtimes), (c, at) -> { }, clock);
  }

  private static Decision<SlaTerms> decision(String caseId, String tenantId, String caseNumber, Instant receivedAt) {
    return new Decision<>(caseId, tenantId, caseNumber, "northwind", 0, Priority.P1, receivedAt, INFRA_24X7);
  }

  @Test
  void overdueTimersFireOnceOnTheNextOwnerAfterAKill() {
    var crash = new OwnerKilled<>("sla-crash", T0, ClockCrashRecoveryTest::instance);
    String caseId = UUID.randomUUID().toString();

    assertThat(crash.firstOwnerDecides(new Decision<>(caseId, "acme", "ACME-000001", "northwind", 3, Priority.P1, T0,
        INFRA_24X7))).singleElement().satisfies(id -> assertThat(id).contains(":STARTED:"));

    assertThat(crash.nextOwnerAfter(Duration.ofMinutes(30))).containsExactly(
        caseId + ":FIRST_RESPONSE:1:WARNING:" + T0.plusSeconds(675).toEpochMilli(),
        caseId + ":FIRST_RESPONSE:1:BREACHED:" + T0.plusSeconds(900).toEpochMilli());
    assertThat(crash.anotherOwnerWokenFor(caseId)).isEmpty();
  }

  @Test
  void theMonthsComplianceCountsMetAndBreachedClocksOfTheTenantOnly() {
    MongoDatabase db = TestDatabases.fresh("sla-compliance");
    MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(2)));
    MongoTrackedCases store = new MongoTrackedCases(db);
    var clocks = replays(store.timelines(), (c, change) -> { }, (c, d) -> { }, clock);
    clocks.decided(decision("met", "acme", "ACME-1", T0));
    clocks.activity(new ReportedActivity("e1", "met", "acme", "ACME-1", 0,
        Activity.of(T0.plus(Duration.ofMinutes(10)), Activity.Kind.AGENT_RESPONDED)));
    clocks.decided(decision("late", "acme", "ACME-2", T0));
    clocks.decided(new Decision<>("other", "globex", "GLBX-1", "initech", 0, Priority.P1, T0, INFRA_24X7));
    clocks.decided(decision("october", "acme", "ACME-0",
        Instant.parse("2026-10-31T22:30:00Z"))); // 23:30 on 31 October in Amsterdam

    var rows = new SlaCompliance(store, clock).forMonth("acme", java.time.YearMonth.of(2026, 11), AMSTERDAM);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.customerId()).isEqualTo("northwind");
      assertThat(row.met()).isEqualTo(1);
      assertThat(row.breached()).isEqualTo(1);
      assertThat(row.averageMargin()).isEqualTo(Duration.ofMinutes(5));
    });
  }

  @Test
  void aChangePublishedButNotRecordedBeforeTheKillIsPublishedAgainWithTheSameId() {
    MongoTrackedCases store = new MongoTrackedCases(TestDatabases.fresh("sla-crash"));
    String caseId = UUID.randomUUID().toString();

    List<String> sent = KilledBeforeRecording.sentAroundAKill(store.timelines(),
        decision(caseId, "acme", "ACME-000002", T0), new MutableClock(T0),
        published -> new TrackCaseClocks((c, change) -> published.accept(change.changeId(c.caseId())), (c, d) -> { }));

    assertThat(sent).hasSize(2).allMatch(id -> id.equals(sent.getFirst()));
    assertThat(store.timelines().find(caseId).orElseThrow().published()).containsExactly(sent.getFirst());
  }

  @Test
  void aResolutionIsMeasuredOnceThroughRedeliveriesAndAgainWithTheSameIdAfterAKillBeforeRecording() {
    MongoDatabase db = TestDatabases.fresh("sla-downtime");
    MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(3)));
    String caseId = UUID.randomUUID().toString();
    List<MeasuredDowntime> measured = new CopyOnWriteArrayList<>();
    MongoTrackedCases store = new MongoTrackedCases(db);
    var live = replays(store.timelines(), (c, change) -> { }, (c, d) -> measured.add(d), clock);
    live.decided(decision(caseId, "acme", "ACME-000003", T0));
    live.activity(activity("hold", caseId, Activity.of(T0.plus(Duration.ofMinutes(10)), Activity.Kind.PUT_ON_HOLD)));
    live.activity(activity("resume", caseId, Activity.of(T0.plus(Duration.ofMinutes(40)), Activity.Kind.RESUMED)));
    ReportedActivity fixed = activity("fixed", caseId, Activity.of(T0.plus(Duration.ofHours(2)), Activity.Kind.RESOLVED));

    // The process dies between sending the downtime and recording it.
    KilledBeforeRecording.dies(store.timelines(), ids -> ids.stream().anyMatch(id -> id.contains(":downtime:")),
        new TrackCaseClocks((c, change) -> { }, (c, d) -> measured.add(d)), clock, dying -> dying.activity(fixed));
    live.activity(fixed); // Kafka delivers the resolution again
    live.activity(fixed);
    live.wokenAt(caseId, clock.instant());

    MeasuredDowntime expected = new MeasuredDowntime(caseId + ":downtime:fixed", Priority.P1, T0,
        T0.plus(Duration.ofHours(2)), Duration.ofMinutes(30), Duration.ofMinutes(90));
    assertThat(measured).containsExactly(expected, expected);
    assertThat(store.timelines().find(caseId).orElseThrow().published()).contains(expected.measurementId());
  }

  private static ReportedActivity activity(String eventId, String caseId, Activity activity) {
    return new ReportedActivity(eventId, caseId, "acme", "ACME-000003", 0, activity);
  }
}
