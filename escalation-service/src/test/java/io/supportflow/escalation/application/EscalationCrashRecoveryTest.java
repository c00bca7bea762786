package io.supportflow.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.escalation.adapter.persistence.MongoEscalatedCases;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.escalation.domain.Roster;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.testing.KilledBeforeRecording;
import io.supportflow.timeline.testing.OwnerKilled;
import io.supportflow.timeline.testing.ReplayingInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An instance takes a case and is killed before its next levels are due; another instance gets
 * the partition after they are. Every overdue level is raised, and each exactly once.
 */
class EscalationCrashRecoveryTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final EscalationTerms CARRIER_GRADE = new EscalationTerms(
      new EscalationMatrix(MatrixChoice.carrierGradePlans(), false),
      Roster.empty(), BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")));

  /** One escalation-service instance: its replay, its scheduler, and what it published. */
  private static ReplayingInstance<EscalationTerms, EscalationReport> instance(MongoDatabase db, Clock clock) {
    return new ReplayingInstance<>(db, MongoEscalatedCases.in(db), "ESCALATION", clock,
        published -> new WalkEscalations((c, level) -> published.accept(level.levelId(c.caseId()))));
  }

  @Test
  void overdueLevelsAreRaisedOnceByTheNextOwnerAfterAKill() {
    var crash = new OwnerKilled<>("escalation-crash", T0, EscalationCrashRecoveryTest::instance);
    String caseId = UUID.randomUUID().toString();

    assertThat(crash.firstOwnerDecides(new Decision<>(caseId, "acme", "ACME-000001", null, 3, Priority.P1, T0,
        CARRIER_GRADE))).containsExactly(caseId + ":1:Technical Support Manager:" + T0.toEpochMilli());

    assertThat(crash.nextOwnerAfter(Duration.ofHours(5))).containsExactly(
        caseId + ":2:Customer Relations Manager:" + T0.plus(Duration.ofHours(1)).toEpochMilli(),
        caseId + ":3:CTO:" + T0.plus(Duration.ofHours(4)).toEpochMilli());
    assertThat(crash.anotherOwnerWokenFor(caseId)).isEmpty();
  }

  @Test
  void aLevelPublishedButNotRecordedBeforeTheKillIsPublishedAgainWithTheSameId() {
    var store = MongoEscalatedCases.in(TestDatabases.fresh("escalation-crash"));
    String caseId = UUID.randomUUID().toString();

    List<String> sent = KilledBeforeRecording.sentAroundAKill(store,
        new Decision<>(caseId, "acme", "ACME-000002", null, 0, Priority.P1, T0, CARRIER_GRADE), new MutableClock(T0),
        published -> new WalkEscalations((c, level) -> published.accept(level.levelId(c.caseId()))));

    assertThat(sent).hasSize(2).allMatch(id -> id.equals(sent.getFirst()));
    assertThat(store.find(caseId).orElseThrow().published()).containsExactly(sent.getFirst());
  }
}
