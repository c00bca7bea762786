package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.observability.metrics.MongoBacklogGauges;
import io.supportflow.observability.metrics.MongoBacklogGauges.BacklogSettings;
import io.supportflow.observability.metrics.TimerFiringMeters;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Backlog gauges and timer lateness over the Mongo wire server. */
class MachineryMetersTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static MongoWireServer server;
  private static MongoClient client;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock(T0);

  @BeforeAll
  static void start() {
    server = MongoWireServer.inMemory("localhost", 0);
    client = MongoClients.create(server.connectionString());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void anOutboxBacklogShowsItsSizeAndTheAgeOfItsOldestWaitingEntry() {
    MongoDatabase database = client.getDatabase("backlog-test");
    var outbox = database.getCollection("outbox");
    outbox.insertOne(new Document("_id", "a").append("status", "PENDING").append("createdAt", Date.from(T0.minusSeconds(300))));
    outbox.insertOne(new Document("_id", "b").append("status", "PENDING").append("createdAt", Date.from(T0.minusSeconds(60))));
    outbox.insertOne(new Document("_id", "c").append("status", "SENT").append("createdAt", Date.from(T0.minusSeconds(900))));

    MongoBacklogGauges.register(registry, database,
        new BacklogSettings("outbox", "outbox", "{\"status\": \"PENDING\"}", "createdAt"), clock);

    assertThat(registry.get("supportflow.backlog.size").tag("backlog", "outbox").gauge().value()).isEqualTo(2);
    assertThat(registry.get("supportflow.backlog.oldest.age").tag("backlog", "outbox").gauge().value()).isEqualTo(300);
    outbox.deleteMany(new Document("status", "PENDING"));
    assertThat(registry.get("supportflow.backlog.size").tag("backlog", "outbox").gauge().value()).isZero();
    assertThat(registry.get("supportflow.backlog.oldest.age").tag("backlog", "outbox").gauge().value()).isZero();
  }

  @Test
  void aTimerThatFiresLateIsRecordedWithItsLateness() {
    MongoDatabase database = client.getDatabase("timer-lateness-test");
    TimerScheduler scheduler = new TimerScheduler(new MongoTimerStore(database, Duration.ofDays(1)),
        Timer::timerId, clock, Duration.ofMinutes(1));
    TimerFiringMeters.observe(scheduler, registry);
    scheduler.assign(Set.of(0));
    scheduler.schedule(new Timer("acme", "case-1", "SLA_BREACH", T0.plusSeconds(5), 0));

    clock.advance(Duration.ofSeconds(7));
    assertThat(scheduler.fireDue()).isEqualTo(1);

    var lateness = registry.get("supportflow.timers.lateness").tag("kind", "SLA_BREACH").timer();
    assertThat(lateness.count()).isEqualTo(1);
    assertThat(lateness.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2000);
  }
}
