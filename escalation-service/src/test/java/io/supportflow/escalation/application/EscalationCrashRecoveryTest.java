package io.supportflow.escalation.application;

import io.supportflow.businesstime.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.adapter.persistence.MongoEscalatedCases;
import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.Priority;
import io.supportflow.escalation.domain.Roster;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance takes a case and is killed before its next levels are due; another instance gets
 * the partition after they are. Every overdue level is raised, and each exactly once.
 */
class EscalationCrashRecoveryTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final EscalationTerms CARRIER_GRADE = new EscalationTerms(EscalationMatrix.carrierGrade(false),
      Roster.empty(), BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")));
  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestStack.shared().mongoUri());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  /** One escalation-service instance: its replay, its scheduler, and what it published. */
  private static final class Instance {
    final List<String> published = new CopyOnWriteArrayList<>();
    final TimerScheduler scheduler;
    final WalkEscalations walk;

    Instance(MongoDatabase db, MutableClock clock) {
      WalkEscalations[] self = new WalkEscalations[1];
      scheduler = new TimerScheduler(new MongoTimerStore(db, Duration.ofDays(1)),
          timer -> {
            self[0].wokenAt(timer.caseId(), timer.dueAt());
            return timer.timerId();
          }, clock, Duration.ofMinutes(5));
      walk = new WalkEscalations(new MongoEscalatedCases(db),
          (c, level) -> published.add(level.levelId(c.caseId())),
          (c, at) -> scheduler.schedule(new Timer(c.tenantId(), c.caseId(), "ESCALATION", at, c.partition())),
          clock);
      self[0] = walk;
    }
  }

  @Test
  void overdueLevelsAreRaisedOnceByTheNextOwnerAfterAKill() {
    MongoDatabase db = client.getDatabase("escalation-crash-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0);
    String caseId = UUID.randomUUID().toString();

    Instance first = new Instance(db, clock);
    first.scheduler.assign(Set.of(3));
    first.walk.decided(new WalkEscalations.Decision(caseId, "acme", "ACME-000001", 3, Priority.P1, T0, CARRIER_GRADE));
    assertThat(first.published).containsExactly(caseId + ":1:Technical Support Manager:" + T0.toEpochMilli());
    // Killed here: its in-memory timers are gone; Mongo still has them.

    clock.advance(Duration.ofHours(5));
    Instance next = new Instance(db, clock);
    next.scheduler.assign(Set.of(3));
    next.scheduler.fireDue();
    next.scheduler.fireDue();

    assertThat(next.published).containsExactly(
        caseId + ":2:Customer Relations Manager:" + T0.plus(Duration.ofHours(1)).toEpochMilli(),
        caseId + ":3:CTO:" + T0.plus(Duration.ofHours(4)).toEpochMilli());

    Instance third = new Instance(db, clock); // and killed again: nothing left to raise
    third.scheduler.assign(Set.of(3));
    third.scheduler.fireDue();
    third.walk.wokenAt(caseId, clock.instant());
    assertThat(third.published).isEmpty();
  }

  @Test
  void aLevelPublishedButNotRecordedBeforeTheKillIsPublishedAgainWithTheSameId() {
    MongoDatabase db = client.getDatabase("escalation-crash-" + UUID.randomUUID());
    MutableClock clock = new MutableClock(T0);
    String caseId = UUID.randomUUID().toString();
    List<String> sent = new CopyOnWriteArrayList<>();
    MongoEscalatedCases store = new MongoEscalatedCases(db);
    EscalatedCases dyingBeforeRecording = new EscalatedCases() {
      public Optional<EscalatedCase> find(String id) { return store.find(id); }
      public void recordTerms(String c, String t, String n, int p, Priority pr, Instant r, EscalationTerms terms) {
        store.recordTerms(c, t, n, p, pr, r, terms);
      }
      public void recordActivity(String c, String t, String n, int p, String e, Activity a) {
        store.recordActivity(c, t, n, p, e, a);
      }
      public void recordPublished(String c, Collection<String> ids) {
        throw new IllegalStateException("killed");
      }
    };
    EscalationEvents events = (c, level) -> sent.add(level.levelId(c.caseId()));
    WalkEscalations dying = new WalkEscalations(dyingBeforeRecording, events, (c, at) -> { }, clock);
    try {
      dying.decided(new WalkEscalations.Decision(caseId, "acme", "ACME-000002", 0, Priority.P1, T0, CARRIER_GRADE));
    } catch (IllegalStateException killed) {
      // the process died between sending and recording
    }

    new WalkEscalations(store, events, (c, at) -> { }, clock).wokenAt(caseId, T0);

    assertThat(sent).hasSize(2).allMatch(id -> id.equals(sent.getFirst()));
    assertThat(store.find(caseId).orElseThrow().published()).containsExactly(sent.getFirst());
  }
}
