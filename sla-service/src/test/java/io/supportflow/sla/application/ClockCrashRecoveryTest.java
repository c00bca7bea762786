package io.supportflow.sla.application;

import io.supportflow.businesstime.SampleCalendars;
import io.supportflow.businesstime.BusinessCalendar;
import static io.supportflow.businesstime.SampleCalendars.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.sla.adapter.persistence.MongoTrackedCases;
import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestStack.shared().mongoUri());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  /** One sla-service instance: its replay, its scheduler, and what it published. */
  private static final class Instance {
    final List<String> published = new CopyOnWriteArrayList<>();
    final TimerScheduler scheduler;
    final TrackCaseClocks clocks;

    Instance(MongoDatabase db, MutableClock clock) {
      TrackCaseClocks[] self = new TrackCaseClocks[1];
      scheduler = new TimerScheduler(new MongoTimerStore(db, Duration.ofDays(1)),
          timer -> {
            self[0].wokenAt(timer.caseId(), timer.dueAt());
            return timer.timerId();
          }, clock, Duration.ofMinutes(5));
      clocks = new TrackCaseClocks(new MongoTrackedCases(db),
          (c, change) -> published.add(change.changeId(c.caseId())),
          (c, downtime) -> published.add(downtime.measurementId()),
          (c, at) -> scheduler.schedule(new Timer(c.tenantId(), c.caseId(), "SLA", at, c.partition())),
          clock);
      self[0] = clocks;
    }
  }

  @Test
  void overdueTimersFireOnceOnTheNextOwnerAfterAKill() {
    MongoDatabase db = client.getDatabase("sla-crash-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0);
    String caseId = UUID.randomUUID().toString();

    Instance first = new Instance(db, clock);
    first.scheduler.assign(Set.of(3));
    first.clocks.decided(new TrackCaseClocks.Decision(caseId, "acme", "ACME-000001", "northwind", 3, Priority.P1, T0, INFRA_24X7));
    assertThat(first.published).singleElement().satisfies(id -> assertThat(id).contains(":STARTED:"));
    // Killed here: its in-memory timers are gone; Mongo still has them.

    clock.advance(Duration.ofMinutes(30));
    Instance next = new Instance(db, clock);
    next.scheduler.assign(Set.of(3));
    next.scheduler.fireDue();
    next.scheduler.fireDue();

    assertThat(next.published).containsExactly(
        caseId + ":FIRST_RESPONSE:1:WARNING:" + T0.plusSeconds(675).toEpochMilli(),
        caseId + ":FIRST_RESPONSE:1:BREACHED:" + T0.plusSeconds(900).toEpochMilli());

    Instance third = new Instance(db, clock); // and killed again: nothing left to publish
    third.scheduler.assign(Set.of(3));
    third.scheduler.fireDue();
    third.clocks.wokenAt(caseId, clock.instant());
    assertThat(third.published).isEmpty();
  }

  @Test
  void theMonthsComplianceCountsMetAndBreachedClocksOfTheTenantOnly() {
    MongoDatabase db = client.getDatabase("sla-compliance-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(2)));
    MongoTrackedCases store = new MongoTrackedCases(db);
    TrackCaseClocks clocks = new TrackCaseClocks(store, (c, change) -> { }, (c, d) -> { }, (c, at) -> { }, clock);
    clocks.decided(new TrackCaseClocks.Decision("met", "acme", "ACME-1", "northwind", 0, Priority.P1, T0, INFRA_24X7));
    clocks.activity(new TrackCaseClocks.CaseActivity("e1", "met", "acme", "ACME-1", 0,
        Activity.of(T0.plus(Duration.ofMinutes(10)), Activity.Kind.AGENT_RESPONDED)));
    clocks.decided(new TrackCaseClocks.Decision("late", "acme", "ACME-2", "northwind", 0, Priority.P1, T0, INFRA_24X7));
    clocks.decided(new TrackCaseClocks.Decision("other", "globex", "GLBX-1", "initech", 0, Priority.P1, T0, INFRA_24X7));
    clocks.decided(new TrackCaseClocks.Decision("october", "acme", "ACME-0", "northwind", 0, Priority.P1,
        Instant.parse("2026-10-31T22:30:00Z"), INFRA_24X7)); // 23:30 on 31 October in Amsterdam

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
    MongoDatabase db = client.getDatabase("sla-crash-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0);
    String caseId = UUID.randomUUID().toString();
    List<String> sent = new CopyOnWriteArrayList<>();
    MongoTrackedCases store = new MongoTrackedCases(db);
    ClockEvents events = (c, change) -> sent.add(change.changeId(c.caseId()));
    TrackCaseClocks dying = new TrackCaseClocks(killedBeforeRecording(store, ids -> true), events, (c, d) -> { },
        (c, at) -> { }, clock);
    try {
      dying.decided(new TrackCaseClocks.Decision(caseId, "acme", "ACME-000002", "northwind", 0, Priority.P1, T0, INFRA_24X7));
    } catch (IllegalStateException killed) {
      // the process died between sending and recording
    }

    new TrackCaseClocks(store, events, (c, d) -> { }, (c, at) -> { }, clock).wokenAt(caseId, T0);

    assertThat(sent).hasSize(2).allMatch(id -> id.equals(sent.getFirst()));
    assertThat(store.find(caseId).orElseThrow().published()).containsExactly(sent.getFirst());
  }
  @Test
  void aResolutionIsMeasuredOnceThroughRedeliveriesAndAgainWithTheSameIdAfterAKillBeforeRecording() {
    MongoDatabase db = client.getDatabase("sla-downtime-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(3)));
    String caseId = UUID.randomUUID().toString();
    List<MeasuredDowntime> measured = new CopyOnWriteArrayList<>();
    MongoTrackedCases store = new MongoTrackedCases(db);
    TrackCaseClocks live = new TrackCaseClocks(store, (c, change) -> { }, (c, d) -> measured.add(d), (c, at) -> { }, clock);
    live.decided(new TrackCaseClocks.Decision(caseId, "acme", "ACME-000003", "northwind", 0, Priority.P1, T0, INFRA_24X7));
    live.activity(activity("hold", caseId, Activity.of(T0.plus(Duration.ofMinutes(10)), Activity.Kind.PUT_ON_HOLD)));
    live.activity(activity("resume", caseId, Activity.of(T0.plus(Duration.ofMinutes(40)), Activity.Kind.RESUMED)));
    TrackCaseClocks.CaseActivity fixed = activity("fixed", caseId, Activity.of(T0.plus(Duration.ofHours(2)), Activity.Kind.RESOLVED));

    TrackCaseClocks dying = new TrackCaseClocks(
        killedBeforeRecording(store, ids -> ids.stream().anyMatch(id -> id.contains(":downtime:"))),
        (c, change) -> { }, (c, d) -> measured.add(d), (c, at) -> { }, clock);
    try {
      dying.activity(fixed);
    } catch (IllegalStateException killed) {
      // the process died between sending the downtime and recording it
    }
    live.activity(fixed); // Kafka delivers the resolution again
    live.activity(fixed);
    live.wokenAt(caseId, clock.instant());

    MeasuredDowntime expected = new MeasuredDowntime(caseId + ":downtime:fixed", Priority.P1, T0,
        T0.plus(Duration.ofHours(2)), Duration.ofMinutes(30), Duration.ofMinutes(90));
    assertThat(measured).containsExactly(expected, expected);
    assertThat(store.find(caseId).orElseThrow().published()).contains(expected.measurementId());
  }

  private static TrackCaseClocks.CaseActivity activity(String eventId, String caseId, Activity activity) {
    return new TrackCaseClocks.CaseActivity(eventId, caseId, "acme", "ACME-000003", 0, activity);
  }

  /** The store as a process sees it that is killed when it records the published ids the test names. */
  private static TrackedCases killedBeforeRecording(MongoTrackedCases store, Predicate<Collection<String>> killedAt) {
    return new TrackedCases() {
      public Optional<TrackedCase> find(String id) {
        return store.find(id);
      }

      public void recordTerms(String c, String t, String n, String cu, int p, Priority pr, Instant r, SlaTerms terms) {
        store.recordTerms(c, t, n, cu, p, pr, r, terms);
      }

      public List<TrackedCase> receivedBetween(String t, Instant from, Instant to) {
        return store.receivedBetween(t, from, to);
      }

      public void recordActivity(String c, String t, String n, int p, String e, Activity a) {
        store.recordActivity(c, t, n, p, e, a);
      }

      public void recordPublished(String c, Collection<String> ids) {
        if (killedAt.test(ids)) {
          throw new IllegalStateException("killed");
        }
        store.recordPublished(c, ids);
      }
    };
  }
}
