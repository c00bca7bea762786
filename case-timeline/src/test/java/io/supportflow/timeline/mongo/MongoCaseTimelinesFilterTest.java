package io.supportflow.timeline.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import io.supportflow.infra.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/**
 * Every read and write of a case filters on exactly the keys of a unique index ({_id} or
 * {_id, version}), the only filters mongo-java-server serves from an index instead of a scan.
 */
class MongoCaseTimelinesFilterTest {

  private final List<Set<String>> filterKeys = new ArrayList<>();
  private final MongoCaseTimelines timelines = new MongoCaseTimelines(recording(
      TestDatabases.fresh("timeline-filters").getCollection("cases")));

  @Test
  void everyGuardedWriteFiltersOnTheIdOrTheIdAndVersionOnly() {
    timelines.recordActivity("c1", "e1", new Document("kind", "PUT_ON_HOLD"), Map.of("tenantId", "acme"));
    timelines.recordActivity("c1", "e2", new Document("kind", "RESUMED"), Map.of());
    timelines.recordActivity("c1", "e2", new Document("kind", "RESUMED"), Map.of());
    timelines.recordTerms("c1", Map.of("terms", new Document("plan", "p")));
    timelines.recordTerms("c1", Map.of("terms", new Document("plan", "p")));
    timelines.recordPublished("c1", List.of("x"));

    assertThat(filterKeys).isNotEmpty()
        .allSatisfy(keys -> assertThat(keys).isIn(Set.of("_id"), Set.of("_id", "version")));
    assertThat(filterKeys).contains(Set.of("_id", "version"));
  }

  @SuppressWarnings("unchecked")
  private MongoCollection<Document> recording(MongoCollection<Document> real) {
    return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
          if ((method.getName().equals("find") || method.getName().equals("updateOne"))
              && args != null && args.length > 0 && args[0] instanceof Bson filter) {
            filterKeys.add(filter.toBsonDocument().keySet());
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
