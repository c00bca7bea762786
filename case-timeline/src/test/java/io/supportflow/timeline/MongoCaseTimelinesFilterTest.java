package io.supportflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/**
 * The guarded writes filter with a flat document keyed by _id (no $and), which a server that plans
 * only on exact unique keys can serve from the _id index.
 */
class MongoCaseTimelinesFilterTest {

  private final List<Bson> filters = new ArrayList<>();
  private final List<Boolean> upserts = new ArrayList<>();
  private final MongoCaseTimelines timelines = new MongoCaseTimelines(recordingCollection());

  @Test
  void termsAreGuardedByAFlatFilterOnIdAndMissingTerms() {
    timelines.recordTerms("c1", Map.of("terms", new Document("plan", "p")));

    assertThat(rendered()).isEqualTo(BsonDocument.parse("{_id: 'c1', terms: null}"));
    assertThat(upserts).containsExactly(true);
  }

  @Test
  void anActivityIsGuardedByAFlatFilterOnIdAndItsEventIdNotRecorded() {
    timelines.recordActivity("c1", "e1", new Document("kind", "RESUMED"), Map.of());

    assertThat(rendered()).isEqualTo(BsonDocument.parse("{_id: 'c1', 'activities.eventId': {$ne: 'e1'}}"));
    assertThat(upserts).containsExactly(true);
  }

  private BsonDocument rendered() {
    assertThat(filters).hasSize(1);
    return filters.getFirst().toBsonDocument();
  }

  @SuppressWarnings("unchecked")
  private MongoCollection<Document> recordingCollection() {
    return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
          if (method.getName().equals("updateOne") && args.length == 3 && args[2] instanceof UpdateOptions o) {
            filters.add((Bson) args[0]);
            upserts.add(o.isUpsert());
            return UpdateResult.acknowledged(1, 1L, null);
          }
          throw new UnsupportedOperationException(method.toString());
        });
  }
}
