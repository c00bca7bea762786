package io.supportflow.timeline.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.timeline.mongo.MongoCaseTimelines.ActivityChange;
import io.supportflow.timeline.mongo.MongoCaseTimelines.Change;
import io.supportflow.timeline.mongo.MongoCaseTimelines.DecisionChange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A poll's changes recorded together, against the Mongo wire server through the official driver. */
class MongoCaseTimelinesPollTest {

  private final MongoCollection<Document> oneAtATime = TestDatabases.fresh("timeline").getCollection("cases");
  private final MongoCollection<Document> together = TestDatabases.fresh("timeline").getCollection("cases");
  private final List<String> commands = new ArrayList<>();

  /** A case stored before the poll, the same in both collections. */
  private void storedBefore(MongoCollection<Document> cases) {
    MongoCaseTimelines timelines = new MongoCaseTimelines(cases);
    timelines.recordActivity("known", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of("tenantId", "acme"));
    timelines.recordDecision("known", 2, current -> Map.of("terms", new Document("plan", "v2")));
    timelines.recordPublished("known", List.of("p1"));
  }

  // A redelivered activity and an older decision of a known case, a new activity of it, a new case
  // started by an activity and then decided, and one activity delivered twice in the same poll.
  private final List<Change> poll = List.of(
      new ActivityChange("known", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of("tenantId", "acme")),
      new DecisionChange("known", 1, current -> Map.of("terms", new Document("plan", "v1"))),
      new ActivityChange("known", "e2", new Document("kind", "RESUMED"), Map.of("tenantId", "acme")),
      new ActivityChange("new", "e3", new Document("kind", "AGENT_RESPONDED"), Map.of("tenantId", "globex")),
      new DecisionChange("new", 1, current -> Map.of("terms", new Document("plan", "p"),
          "held", current == null ? 0 : current.getList("activities", Document.class).size())),
      new ActivityChange("new", "e3", new Document("kind", "AGENT_RESPONDED"), Map.of("tenantId", "globex")),
      new ActivityChange("other", "e4", new Document("kind", "RESUMED"), Map.of("tenantId", "acme")));

  @Test
  void aPollIsStoredAsItsChangesOneAtATimeWouldBeWithOneReadAndOneWrite() {
    storedBefore(oneAtATime);
    storedBefore(together);
    MongoCaseTimelines alone = new MongoCaseTimelines(oneAtATime);
    poll.forEach(change -> {
      switch (change) {
        case DecisionChange d -> alone.recordDecision(d.caseId(), d.version(), d.fieldsOf());
        case ActivityChange a -> alone.recordActivity(a.caseId(), a.eventId(), a.activity(), a.onInsert());
      }
    });

    Map<String, Document> recorded = new MongoCaseTimelines(counted(together)).recordAll(poll);

    assertThat(commands).containsExactly("find", "bulkWrite");
    // The same documents, but for the version, a write count: the poll writes each case once.
    for (String caseId : List.of("known", "new", "other")) {
      Document expected = withoutVersion(alone.find(caseId).orElseThrow());
      assertThat(new MongoCaseTimelines(together).find(caseId).map(this::withoutVersion)).as(caseId)
          .contains(expected);
      assertThat(withoutVersion(recorded.get(caseId))).as("%s as returned", caseId).isEqualTo(expected);
    }
    assertThat(recorded.get("known").getLong("version")).as("as stored")
        .isEqualTo(new MongoCaseTimelines(together).find("known").orElseThrow().getLong("version"));
    assertThat(recorded.get("new").getInteger("held")).as("the decision saw the activity before it").isEqualTo(1);
  }

  @Test
  void aPollThatChangesNothingWritesNothing() {
    storedBefore(together);

    new MongoCaseTimelines(counted(together)).recordAll(List.of(
        new ActivityChange("known", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of()),
        new DecisionChange("known", 2, current -> Map.of("terms", new Document("plan", "again")))));

    assertThat(commands).containsExactly("find");
  }

  @Test
  void aPollWhoseWriteLostARaceIsRecordedAgainOneAtATime() {
    MongoCaseTimelines timelines = new MongoCaseTimelines(together);
    timelines.recordActivity("raced", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of());
    // Another writer moves the case on between the poll's read and its write.
    MongoCaseTimelines racing = new MongoCaseTimelines(RacingCollection.around(together,
        () -> timelines.recordActivity("raced", "e2", new Document("kind", "RESUMED"), Map.of())));

    Map<String, Document> recorded = racing.recordAll(List.of(
        new ActivityChange("raced", "e3", new Document("kind", "AGENT_RESPONDED"), Map.of()),
        new ActivityChange("fresh", "e4", new Document("kind", "RESUMED"), Map.of())));

    assertThat(timelines.find("raced").orElseThrow().getList("activities", Document.class))
        .extracting(a -> a.getString("eventId")).containsExactly("e1", "e2", "e3");
    assertThat(recorded.get("raced").getList("activities", Document.class)).hasSize(3);
    assertThat(timelines.find("fresh").orElseThrow().getList("activities", Document.class)).hasSize(1);
  }

  @Test
  void theIdsEachCasePublishedAreAddedInOneWrite() {
    storedBefore(together);
    MongoCaseTimelines timelines = new MongoCaseTimelines(counted(together));

    timelines.recordPublished(Map.of("known", List.of("p1", "p2"), "missing", List.of("p3")));

    assertThat(commands).containsExactly("bulkWrite");
    assertThat(timelines.find("known").orElseThrow().getList("published", String.class))
        .containsExactlyInAnyOrder("p1", "p2");
    assertThat(timelines.find("missing")).as("published ids never start a case").isEmpty();
  }

  private Document withoutVersion(Document stored) {
    Document copy = new Document(stored);
    copy.remove("version");
    return copy;
  }

  /** The collection, noting the name of each command sent through it. */
  @SuppressWarnings("unchecked")
  private MongoCollection<Document> counted(MongoCollection<Document> real) {
    new MongoCaseTimelines(real); // its index exists before counting starts
    return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
          if (!method.getName().equals("createIndex")) {
            commands.add(method.getName());
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
