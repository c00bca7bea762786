package io.supportflow.timeline.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.TermsSegment;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The decisions in force per case, against the Mongo wire server: only a higher version is recorded. */
class MongoTimelineStoreDecisionsTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(600);

  private final MongoCollection<Document> collection = TestDatabases.fresh("decisions").getCollection("cases");
  private final MongoTimelineStore<String> store = new MongoTimelineStore<>(collection, PlanTerms.CODEC);

  private static Decision<String> decided(int version, Instant effectiveFrom, Priority priority, String plan) {
    return new Decision<>("c1", "acme", "ACME-1", "northwind", 2, priority, T0, plan, version, effectiveFrom);
  }

  @Test
  void aNewerVersionIsAStretchFromItsEffectiveFromAndTheTermsInForceAreItsOwn() {
    assertThat(store.recordTerms(decided(1, null, Priority.P3, null))).isTrue();
    assertThat(store.recordTerms(decided(2, T1, Priority.P1, "infra-24x7"))).isTrue();

    CaseTimeline<String> c = store.find("c1").orElseThrow();
    assertThat(c.decisions()).containsExactly(new TermsSegment<>(1, T0, Priority.P3, null),
        new TermsSegment<>(2, T1, Priority.P1, "infra-24x7"));
    assertThat(c.terms()).isEqualTo("infra-24x7");
    assertThat(c.priority()).isEqualTo(Priority.P3);
    assertThat(c.decisionVersion()).isEqualTo(2);
    assertThat(c.everWorked()).isTrue();
  }

  @Test
  void anOlderVersionOrTheSameVersionAgainIsIgnored() {
    store.recordTerms(decided(1, null, Priority.P2, "infra-24x7"));
    store.recordTerms(decided(3, T1, Priority.P2, null));

    assertThat(store.recordTerms(decided(2, T0.plusSeconds(60), Priority.P1, "other"))).as("older, arriving late").isFalse();
    assertThat(store.recordTerms(decided(3, T1, Priority.P2, "redelivered"))).as("same version again").isFalse();

    CaseTimeline<String> c = store.find("c1").orElseThrow();
    assertThat(c.decisions()).extracting(TermsSegment::version).containsExactly(1, 3);
    assertThat(c.terms()).isNull();
    assertThat(c.lastTerms()).contains("infra-24x7");
  }

  @Test
  void aCaseStoredBeforeVersionsReadsAsItsFirstDecisionAndTakesANewerOne() {
    collection.insertOne(new Document("_id", "c1").append("version", 3L).append("tenantId", "acme")
        .append("caseNumber", "ACME-1").append("partition", 2).append("priority", "P2")
        .append("receivedAt", Date.from(T0)).append("terms", new Document("plan", "infra-24x7")));

    assertThat(store.find("c1").orElseThrow().decisions())
        .containsExactly(new TermsSegment<>(1, T0, Priority.P2, "infra-24x7"));
    assertThat(store.recordTerms(decided(1, null, Priority.P2, "redelivered"))).isFalse();
    assertThat(store.recordTerms(decided(2, T1, Priority.P1, "infra-24x7"))).isTrue();
    assertThat(store.find("c1").orElseThrow().decisions()).containsExactly(
        new TermsSegment<>(1, T0, Priority.P2, "infra-24x7"), new TermsSegment<>(2, T1, Priority.P1, "infra-24x7"));
  }

  @Test
  void aCaseNeverWorkedUnderTermsIsHeldButNotWorked() {
    store.recordTerms(decided(1, null, Priority.P3, null));

    CaseTimeline<String> c = store.find("c1").orElseThrow();
    assertThat(c.everWorked()).isFalse();
    assertThat(c.decisionVersion()).isEqualTo(1);
  }
}
