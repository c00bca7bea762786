package io.supportflow.timeline;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A case as a service that replays it keeps it: one document, _id the case id, with the terms
 * (set once), the activities (each once per event id) and the ids of what was published. The
 * guards are in the filters: a filter that no longer matches makes the upsert collide on _id,
 * which means "recorded already". Every write is a single-document write.
 *
 * <p>The guarded filters are flat documents ({@code {_id, terms: null}}, {@code {_id,
 * "activities.eventId": {$ne: …}}}) rather than {@code Filters.and}'s {@code $and}: same matches,
 * same upserted fields, and about a fifth cheaper per document on mongo-java-server (the local
 * stack). That server still scans the collection for them: it uses the _id index only when the
 * filter is exactly {@code {_id}} (1.47: a unique index serves a query whose keys equal its own).
 */
public final class MongoCaseTimelines {

  private final MongoCollection<Document> cases;

  public MongoCaseTimelines(MongoCollection<Document> cases) {
    this.cases = cases;
  }

  public Optional<Document> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first());
  }

  /** Sets the fields (which include "terms") unless the case has terms already. */
  public void recordTerms(String caseId, Map<String, Object> fields) {
    upsertUnlessRecorded(new Document("_id", caseId).append("terms", null), Updates.combine(
        fields.entrySet().stream().map(f -> Updates.set(f.getKey(), f.getValue())).toList()));
  }

  /** Appends the activity unless one with that event id is recorded; onInsert fields start a new case. */
  public void recordActivity(String caseId, String eventId, Document activity, Map<String, Object> onInsert) {
    List<Bson> updates = new ArrayList<>();
    onInsert.forEach((name, value) -> updates.add(Updates.setOnInsert(name, value)));
    updates.add(Updates.push("activities", new Document(activity).append("eventId", eventId)));
    upsertUnlessRecorded(
        new Document("_id", caseId).append("activities.eventId", new Document("$ne", eventId)),
        Updates.combine(updates));
  }

  public void recordPublished(String caseId, Collection<String> ids) {
    cases.updateOne(eq("_id", caseId), Updates.addEachToSet("published", List.copyOf(ids)));
  }

  private void upsertUnlessRecorded(Bson filter, Bson update) {
    try {
      cases.updateOne(filter, update, new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }
}
