package io.supportflow.timeline.testing;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.Document;

/** What a replaying service has stored about a case, read straight from its database in flow tests. */
public final class StoredTimelines {

  private StoredTimelines() {}

  /** How many of the case's durable timers have fired. */
  public static long timersFired(MongoDatabase database, String caseId) {
    return database.getCollection("timers").countDocuments(
        Filters.and(Filters.eq("caseId", caseId), Filters.ne("firedAt", null)));
  }

  /** The ids of the outputs the case's timeline, in the service's collection, records as published. */
  public static List<String> published(MongoDatabase database, String collection, String caseId) {
    return database.getCollection(collection).find(Filters.eq("_id", caseId)).first()
        .getList("published", String.class);
  }

  /** The kinds of the activities the case's timeline has recorded, in the service's collection (none before its decision). */
  public static List<String> activityKinds(MongoDatabase database, String collection, String caseId) {
    Document timeline = database.getCollection(collection).find(Filters.eq("_id", caseId)).first();
    return timeline == null ? List.of()
        : timeline.getList("activities", Document.class, List.of()).stream().map(a -> a.getString("kind")).toList();
  }

  /** The version of the newest decision the case's timeline holds, in the service's collection (0 for none). */
  public static int decisionVersion(MongoDatabase database, String collection, String caseId) {
    Document timeline = database.getCollection(collection).find(Filters.eq("_id", caseId)).first();
    return timeline == null ? 0 : timeline.getInteger("decisionVersion", 0);
  }
}
