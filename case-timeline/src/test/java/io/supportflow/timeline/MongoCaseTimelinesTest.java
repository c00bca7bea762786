package io.supportflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.infra.stack.TestStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against the Mongo wire server, through the official driver. */
class MongoCaseTimelinesTest {

  private static MongoClient client;
  private final MongoCaseTimelines timelines = new MongoCaseTimelines(
      client.getDatabase("timeline-" + UUID.randomUUID()).getCollection("cases"));

  @BeforeAll
  static void connect() {
    client = MongoClients.create(TestStack.shared().mongoUri());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

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
}
