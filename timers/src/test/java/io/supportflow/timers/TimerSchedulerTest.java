package io.supportflow.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler against the Mongo wire server, through the official driver. */
class TimerSchedulerTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private MongoDatabase database;
  private MongoTimerStore store;
  private final MutableClock clock = new MutableClock(T0);
  private final List<String> emitted = new CopyOnWriteArrayList<>();
  private final TimerHandler handler = timer -> {
    emitted.add(timer.timerId());
    return timer.timerId();
  };

  @BeforeEach
  void freshDatabase() {
    database = TestDatabases.fresh("timers");
    store = new MongoTimerStore(database, Duration.ofDays(7));
  }

  @Test
  void aTimerFiresWhenDueAndNotBefore() {
    TimerScheduler scheduler = scheduler(clock);
    scheduler.assign(Set.of(3));
    scheduler.schedule(timer("case-1", T0.plusSeconds(5), 3));

    assertThat(scheduler.fireDue()).isZero();
    clock.advance(Duration.ofSeconds(5));
    assertThat(scheduler.fireDue()).isEqualTo(1);

    assertThat(emitted).containsExactly("case-1:SLA_BREACH:" + T0.plusSeconds(5).toEpochMilli());
    Document stored = database.getCollection("timers").find().first();
    assertThat(stored.getString("eventId")).isEqualTo(emitted.getFirst());
    assertThat(stored.getDate("firedAt").toInstant()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void afterACrashEveryOverdueTimerFiresOnceWhenThePartitionIsAssignedAgain() {
    store.schedule(timer("case-1", T0.minusSeconds(30), 1));
    store.schedule(timer("case-2", T0.minusSeconds(10), 1));
    store.schedule(timer("case-3", T0.plusSeconds(600), 1));

    TimerScheduler restarted = scheduler(clock);
    restarted.assign(Set.of(1));

    assertThat(restarted.fireDue()).isEqualTo(2);
    assertThat(restarted.fireDue()).isZero();
    assertThat(emitted).hasSize(2).allMatch(id -> id.startsWith("case-1:") || id.startsWith("case-2:"));
  }

  @Test
  void aFiringInterruptedBeforeItsRecordRepeatsWithTheSameEventIdAndIsRecordedOnce() {
    Timer timer = timer("case-1", T0, 2);
    store.schedule(timer);
    TimerStore crashesBeforeRecording = new TimerStore() {
      public void schedule(Timer t) { store.schedule(t); }
      public void cancel(String caseId, String kind) { store.cancel(caseId, kind); }
      public List<Timer> dueBefore(Set<Integer> p, Instant before, int limit) { return store.dueBefore(p, before, limit); }
      public boolean markFired(Timer t, String eventId, Instant at) { throw new IllegalStateException("killed"); }
    };
    TimerScheduler dying = new TimerScheduler(crashesBeforeRecording, handler, clock, Duration.ofMinutes(1));
    dying.assign(Set.of(2));
    dying.fireDue();

    TimerScheduler next = scheduler(clock);
    next.assign(Set.of(2));

    assertThat(next.fireDue()).isEqualTo(1);
    assertThat(emitted).containsExactly(timer.timerId(), timer.timerId());
    assertThat(scheduler(clock).fireDue()).isZero();
  }

  @Test
  void twoOwnersFiringTheSameTimerRecordItOnce() {
    store.schedule(timer("case-1", T0, 4));
    TimerScheduler old = scheduler(clock);
    TimerScheduler current = scheduler(clock);
    old.assign(Set.of(4));
    current.assign(Set.of(4));

    assertThat(old.fireDue() + current.fireDue()).isEqualTo(1);
  }

  @Test
  void timersOfARevokedPartitionAreLeftToItsNewOwner() {
    TimerScheduler scheduler = scheduler(clock);
    scheduler.assign(Set.of(1, 2));
    scheduler.schedule(timer("case-1", T0.plusSeconds(1), 1));
    scheduler.schedule(timer("case-2", T0.plusSeconds(1), 2));

    scheduler.revoke(Set.of(2));
    clock.advance(Duration.ofSeconds(1));
    scheduler.fireDue();

    assertThat(emitted).singleElement().satisfies(id -> assertThat(id).startsWith("case-1:"));
    assertThat(database.getCollection("timers").countDocuments(Filters.eq("firedAt", null))).isEqualTo(1);
  }

  @Test
  void aCancelledTimerNeverFiresAndSchedulingTwiceKeepsOne() {
    TimerScheduler scheduler = scheduler(clock);
    scheduler.assign(Set.of(0));
    scheduler.schedule(timer("case-1", T0.plusSeconds(1), 0));
    scheduler.schedule(timer("case-1", T0.plusSeconds(1), 0));
    assertThat(database.getCollection("timers").countDocuments()).isEqualTo(1);

    scheduler.cancel("case-1", "SLA_BREACH");
    clock.advance(Duration.ofSeconds(2));

    assertThat(scheduler.fireDue()).isZero();
    assertThat(emitted).isEmpty();
  }

  @Test
  void aHerdLargerThanOneReadAllFiresInOnePass() {
    for (int i = 0; i < 250; i++) {
      store.schedule(timer("case-" + i, T0, 5));
    }
    TimerScheduler scheduler = new TimerScheduler(store, handler, clock, Duration.ofMinutes(1), 100);
    scheduler.assign(Set.of(5));

    assertThat(scheduler.fireDue()).isEqualTo(250);
    assertThat(Set.copyOf(emitted)).hasSize(250);
  }

  @Test
  void theBackgroundDriverFiresOnTimeWithTheSystemClock() {
    try (TimerScheduler scheduler = new TimerScheduler(store, handler, Clock.systemUTC(), Duration.ofMinutes(1))) {
      scheduler.assign(Set.of(0));
      scheduler.start();
      scheduler.schedule(timer("case-live", Instant.now().plusMillis(300), 0));

      await().atMost(Duration.ofSeconds(5)).until(() -> emitted.size() == 1);
    }
  }

  private TimerScheduler scheduler(Clock clock) {
    return new TimerScheduler(store, handler, clock, Duration.ofMinutes(1));
  }

  private static Timer timer(String caseId, Instant dueAt, int partition) {
    return new Timer("acme", caseId, "SLA_BREACH", dueAt, partition);
  }
}
