package io.supportflow.timeline.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import io.supportflow.infra.testing.TestDatabases;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Against the Mongo wire server, through the official driver. */
class MongoCaseTimelinesTest {

  private final MongoCollection<Document> collection =
      TestDatabases.fresh("timeline").getCollection("cases");
  private final MongoCaseTimelines timelines = new MongoCaseTimelines(collection);

  @Test
  void anActivityBeforeTheTermsStartsTheCaseAndTheTermsArriveLater() {
    timelines.recordActivity("c1", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of("tenantId", "acme"));
    timelines.recordTerms("c1", Map.of("tenantId", "acme", "terms", new Document("plan", "infra-24x7")));

    Document stored = timelines.find("c1").orElseThrow();
    assertThat(stored.get("terms", Document.class).getString("plan")).isEqualTo("infra-24x7");
    assertThat(stored.getList("activities", Document.class)).singleElement()
        .satisfies(a -> assertThat(a.getString("eventId")).isEqualTo("e1"));
  }

  @Test
  void aRedeliveredActivityOrDecisionRecordsNothingNew() {
    timelines.recordTerms("c2", Map.of("terms", new Document("plan", "first")));
    timelines.recordTerms("c2", Map.of("terms", new Document("plan", "second")));
    timelines.recordActivity("c2", "e1", new Document("kind", "RESUMED"), Map.of());
    timelines.recordActivity("c2", "e1", new Document("kind", "RESUMED"), Map.of());
    timelines.recordPublished("c2", List.of("p1", "p2"));
    timelines.recordPublished("c2", List.of("p2"));

    Document stored = timelines.find("c2").orElseThrow();
    assertThat(stored.get("terms", Document.class).getString("plan")).isEqualTo("first");
    assertThat(stored.getList("activities", Document.class)).hasSize(1);
    assertThat(stored.getList("published", String.class)).containsExactlyInAnyOrder("p1", "p2");
  }

  @Test
  void aCaseStartedByItsTermsOrByAnActivityHoldsOnlyWhatWasWritten() {
    timelines.recordTerms("c3", Map.of("tenantId", "acme", "terms", new Document("plan", "p")));
    timelines.recordActivity("c4", "e1", new Document("kind", "RESUMED"), Map.of("tenantId", "acme"));

    assertThat(timelines.find("c3").orElseThrow()).isEqualTo(new Document("_id", "c3").append("version", 1L)
        .append("terms", new Document("plan", "p")).append("tenantId", "acme"));
    assertThat(timelines.find("c4").orElseThrow()).isEqualTo(new Document("_id", "c4").append("version", 1L)
        .append("tenantId", "acme")
        .append("activities", List.of(new Document("kind", "RESUMED").append("eventId", "e1"))));
  }

  @Test
  void aCaseStoredBeforeVersionsIsStillGuardedAndGetsAVersion() {
    collection.insertOne(new Document("_id", "c6").append("activities",
        List.of(new Document("kind", "PUT_ON_HOLD").append("eventId", "e1"))));

    timelines.recordActivity("c6", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of());
    timelines.recordActivity("c6", "e2", new Document("kind", "RESUMED"), Map.of());
    timelines.recordTerms("c6", Map.of("terms", new Document("plan", "p")));
    timelines.recordTerms("c6", Map.of("terms", new Document("plan", "other")));

    Document stored = timelines.find("c6").orElseThrow();
    assertThat(stored.getList("activities", Document.class)).extracting(a -> a.getString("eventId"))
        .containsExactly("e1", "e2");
    assertThat(stored.get("terms", Document.class).getString("plan")).isEqualTo("p");
    assertThat(stored.getLong("version")).isEqualTo(2L);
  }

  @Test
  void aWriteThatLostARaceIsTriedAgainOnAFreshRead() {
    timelines.recordActivity("c7", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of());
    // Another writer moves the case on between this writer's read and write: simulated by a
    // collection whose first versioned update is preceded by a competing one.
    MongoCaseTimelines racing = new MongoCaseTimelines(RacingCollection.around(collection,
        () -> timelines.recordActivity("c7", "e2", new Document("kind", "RESUMED"), Map.of())));

    racing.recordActivity("c7", "e3", new Document("kind", "AGENT_RESPONDED"), Map.of());

    assertThat(timelines.find("c7").orElseThrow().getList("activities", Document.class))
        .extracting(a -> a.getString("eventId")).containsExactly("e1", "e2", "e3");
  }

  @Test
  void aSecondActivityIsAppendedAndTermsAfterActivitiesKeepThem() {
    timelines.recordActivity("c5", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of());
    timelines.recordActivity("c5", "e2", new Document("kind", "RESUMED"), Map.of("tenantId", "ignored"));
    timelines.recordTerms("c5", Map.of("terms", new Document("plan", "p")));
    timelines.recordActivity("c5", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of());

    Document stored = timelines.find("c5").orElseThrow();
    assertThat(stored.getList("activities", Document.class)).extracting(a -> a.getString("eventId"))
        .containsExactly("e1", "e2");
    assertThat(stored).doesNotContainKey("tenantId");
    assertThat(stored.get("terms", Document.class).getString("plan")).isEqualTo("p");
  }
}
