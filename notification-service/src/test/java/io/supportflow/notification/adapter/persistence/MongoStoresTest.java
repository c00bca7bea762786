package io.supportflow.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.application.OutboxEntry;
import io.supportflow.notification.application.PendingNotification;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.SlaAlert;
import io.supportflow.notification.domain.StatusMailPlan;
import io.supportflow.observability.metrics.DeferredEventMeters;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The Mongo adapters against the Mongo wire server: what is stored reads back the same, old documents too. */
class MongoStoresTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final MongoDatabase database = TestDatabases.fresh("notification-stores");

  private static CaseEvent activity(String caseId, String id, CaseEvent.Kind kind, Priority newPriority) {
    return new CaseEvent(id, RECEIVED.plusSeconds(60), caseId, "ACME-000042", kind, "OPEN",
        kind == CaseEvent.Kind.AGENT_RESPONDED ? "Looking into it." : null, newPriority);
  }

  @Test
  void aCaseReadsBackAsItWasSaved() {
    MongoNotifiedCases cases = new MongoNotifiedCases(database);
    NotifiedCase saved = new NotifiedCase("acme", "case-" + UUID.randomUUID(), "ACME-000042", "Checkout is down",
        "Olivia Ops", "ops@northwind.example", Priority.P2, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        new StatusMailPlan(Map.of(Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofHours(1)), true,
            RECEIVED.plusSeconds(4200), Duration.ofHours(1), 2),
        5, "OPEN", "Looking into it.", true, false, RECEIVED.plusSeconds(4200), "desk@acme-support.example");

    cases.save(saved);

    assertThat(cases.find(saved.caseId())).contains(saved);
  }

  @Test
  void aPollsCasesAreReadAndSavedAtOnceAndReadBackAsSaved() {
    MongoNotifiedCases cases = new MongoNotifiedCases(database);
    NotifiedCase known = sampleCase("case-" + UUID.randomUUID(), "NEW");
    NotifiedCase fresh = sampleCase("case-" + UUID.randomUUID(), "NEW");
    cases.save(known);

    assertThat(cases.findAll(List.of(known.caseId(), fresh.caseId(), "unknown")))
        .containsExactly(Map.entry(known.caseId(), known));

    NotifiedCase changed = sampleCase(known.caseId(), "OPEN");
    cases.saveAll(List.of(changed, fresh));

    assertThat(cases.findAll(List.of(known.caseId(), fresh.caseId())))
        .containsOnly(Map.entry(known.caseId(), changed), Map.entry(fresh.caseId(), fresh));
  }

  private static NotifiedCase sampleCase(String caseId, String status) {
    return new NotifiedCase("acme", caseId, "ACME-000042", "Checkout is down", "Olivia Ops", "ops@northwind.example",
        Priority.P1, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(Map.of(Priority.P1, Duration.ofMinutes(30)), false, Priority.P1, RECEIVED), 2,
        status, null, false, false, null, null);
  }

  @Test
  void aCaseStoredBeforeThePlanFieldsReadsWithItsCadenceFromReceipt() {
    String caseId = "case-" + UUID.randomUUID();
    database.getCollection("cases").insertOne(new Document("_id", caseId)
        .append("tenantId", "acme").append("caseNumber", "ACME-000042").append("subject", "Checkout is down")
        .append("reporterName", "Olivia Ops").append("reporterEmail", "ops@northwind.example")
        .append("priority", "P1").append("receivedAt", Date.from(RECEIVED)).append("zone", "Europe/Amsterdam")
        .append("statusCadenceMillis", Duration.ofMinutes(30).toMillis()).append("partition", 3)
        .append("status", "OPEN").append("latestResponse", null).append("onHold", false).append("resolved", false));

    NotifiedCase old = new MongoNotifiedCases(database).find(caseId).orElseThrow();

    assertThat(old.statusMails())
        .as("no status mails on hold unless the terms said so")
        .isEqualTo(new StatusMailPlan(Map.of(Priority.P1, Duration.ofMinutes(30)), false, RECEIVED,
            Duration.ofMinutes(30), 0));
    assertThat(old.priorityChangedAt()).isNull();
    assertThat(old.supportTeam()).isNull();
  }

  @Test
  void theOutboxsWaitingEntriesAreFoundByAnIndexNotByReadingEveryMail() {
    MongoDatabase own = TestDatabases.fresh("notification-outbox-index");
    new MongoOutbox(own);

    assertThat(own.getCollection("outbox").listIndexes().map(index -> index.get("key", Document.class)))
        .contains(new Document("status", 1).append("retryAt", 1));
  }

  @Test
  void anOutboxEntryGivenUpIsFailedUntilAReplayOpensItAgainAndOnceSentItStaysSent() {
    MongoOutbox outbox = new MongoOutbox(database);
    String caseId = "case-" + UUID.randomUUID();
    OutgoingMail mail = OutgoingMail.onCase("acme", caseId, NotificationKind.RESOLUTION, "r-1",
        "ops@northwind.example", "[ACME-000042] Your request has been resolved: Checkout is down",
        OutgoingMail.fields("caseNumber", "ACME-000042"));
    PendingNotification pending = new PendingNotification("acme", caseId, "ACME-000042", "r-1", mail, RECEIVED);
    for (int i = 0; i < 3; i++) {
      outbox.open(pending);
    }
    outbox.markGivenUp(failure(mail, 3, RECEIVED.plusSeconds(3)));

    Document failed = entry(mail);
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getInteger("attempts")).isEqualTo(3);
    assertThat(failed.getString("lastFailure")).isEqualTo("Connection refused");
    assertThat(failed.getDate("lastFailedAt")).isEqualTo(Date.from(RECEIVED.plusSeconds(3)));
    assertThat(failed.get("fields", Document.class)).containsEntry("caseNumber", "ACME-000042");

    OutboxEntry replay = outbox.open(pending);
    assertThat(replay).isEqualTo(new OutboxEntry(mail.notificationId(), 4, null));
    assertThat(entry(mail).getString("status")).isEqualTo("PENDING");
    NotificationSent sent = new NotificationSent("sent-1", RECEIVED.plusSeconds(60), "acme", caseId, "ACME-000042",
        mail.notificationId(), mail.kind(), mail.recipient(), mail.subject(), mail.messageId(), 4);
    outbox.markSent(sent);
    outbox.markGivenUp(failure(mail, 5, RECEIVED.plusSeconds(90)));

    assertThat(entry(mail).getString("status")).as("a late give-up does not undo a send").isEqualTo("SENT");
    assertThat(outbox.open(pending)).isEqualTo(new OutboxEntry(mail.notificationId(), 4, sent));
  }

  private static NotificationFailed failure(OutgoingMail mail, int attempts, Instant at) {
    return new NotificationFailed("failed-" + attempts, at, "acme", "case", "ACME-000042", mail.notificationId(),
        mail.kind(), mail.recipient(), mail.subject(), mail.messageId(), attempts, "Connection refused");
  }

  private static Document entry(OutgoingMail mail) {
    return database.getCollection("outbox").find(new Document("_id", mail.notificationId())).first();
  }

  @Test
  void howLongEarlyEventsWaitedForTheirDecisionIsMeasuredByOriginWhenTheyAreApplied() {
    MutableClock clock = new MutableClock(RECEIVED);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MongoEarlyEvents early = new MongoEarlyEvents(database, clock, new DeferredEventMeters(registry));
    String caseId = "case-" + UUID.randomUUID();
    early.park(activity(caseId, "a-1", CaseEvent.Kind.AGENT_RESPONDED, null), 3);
    clock.advance(Duration.ofSeconds(2));
    early.park(new SlaAlert("acme", "w-1", caseId, "ACME-000042", Priority.P3, "FIRST_RESPONSE", false,
        RECEIVED.plusSeconds(900)), 3);
    clock.advance(Duration.ofSeconds(3));

    early.clear(caseId);

    assertThat(registry.get("supportflow.deferred").tag("origin", "activity").timer().totalTime(TimeUnit.SECONDS))
        .isEqualTo(5.0);
    assertThat(registry.get("supportflow.deferred").tag("origin", "sla-alert").timer().totalTime(TimeUnit.SECONDS))
        .isEqualTo(3.0);
    assertThat(early.of(caseId)).isEmpty();
  }

  @Test
  void earlyEventsComeBackInArrivalOrderOnceEachAndWithinTheLimit() {
    MongoEarlyEvents early = new MongoEarlyEvents(database);
    String caseId = "case-" + UUID.randomUUID();
    CaseEvent answer = activity(caseId, "a-1", CaseEvent.Kind.AGENT_RESPONDED, null);
    SlaAlert warning = new SlaAlert("acme", "w-1", caseId, "ACME-000042", Priority.P3, "FIRST_RESPONSE", false,
        RECEIVED.plusSeconds(900));
    CaseEvent change = activity(caseId, "p-1", CaseEvent.Kind.PRIORITY_CHANGED, Priority.P1);
    CaseEvent resolved = activity(caseId, "r-1", CaseEvent.Kind.RESOLVED, null);

    assertThat(early.park(answer, 3)).isTrue();
    assertThat(early.park(warning, 3)).isTrue();
    assertThat(early.park(change, 3)).isTrue();
    assertThat(early.park(answer, 3)).as("held already").isTrue();
    assertThat(early.park(resolved, 3)).as("over the limit").isFalse();

    assertThat(early.of(caseId)).containsExactly(answer, warning, change);
    assertThat(early.of("another-case")).isEmpty();
    assertThat(early.ofAll(List.of(caseId, "another-case"))).as("a poll's cases read at once")
        .containsExactly(Map.entry(caseId, List.of(answer, warning, change)));
    early.clear(caseId);
    assertThat(early.of(caseId)).isEmpty();
  }
}
