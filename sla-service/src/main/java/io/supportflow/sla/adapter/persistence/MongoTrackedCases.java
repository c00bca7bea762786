package io.supportflow.sla.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.supportflow.sla.application.TrackedCase;
import io.supportflow.sla.application.TrackedCases;
import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.SlaTerms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per case, _id the case id. The guards are in the filters: terms are set only where
 * there are none, an activity is pushed only if its event id is not there; a filter that no longer
 * matches makes the upsert collide on _id, which means "recorded already".
 */
public final class MongoTrackedCases implements TrackedCases {

  private final MongoCollection<Document> cases;

  public MongoTrackedCases(MongoDatabase database) {
    this.cases = database.getCollection("tracked_cases");
    cases.createIndex(Indexes.ascending("tenantId", "receivedAt"));
  }

  @Override
  public Optional<TrackedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(TrackedCaseDocuments::trackedCase);
  }

  @Override
  public void recordTerms(String caseId, String tenantId, String caseNumber, String customerId,
      int partition, Priority priority, Instant receivedAt, SlaTerms terms) {
    upsertUnlessRecorded(and(eq("_id", caseId), eq("terms", null)), Updates.combine(
        Updates.set("tenantId", tenantId),
        Updates.set("caseNumber", caseNumber),
        Updates.set("customerId", customerId),
        Updates.set("partition", partition),
        Updates.set("priority", priority.name()),
        Updates.set("receivedAt", Date.from(receivedAt)),
        Updates.set("terms", TrackedCaseDocuments.terms(terms))));
  }

  @Override
  public void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity) {
    upsertUnlessRecorded(and(eq("_id", caseId), ne("activities.eventId", eventId)), Updates.combine(
        Updates.setOnInsert("tenantId", tenantId),
        Updates.setOnInsert("caseNumber", caseNumber),
        Updates.setOnInsert("partition", partition),
        Updates.push("activities", TrackedCaseDocuments.activity(eventId, activity))));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> changeIds) {
    cases.updateOne(eq("_id", caseId), Updates.addEachToSet("published", List.copyOf(changeIds)));
  }

  @Override
  public List<TrackedCase> receivedBetween(String tenantId, Instant from, Instant to) {
    List<TrackedCase> found = new ArrayList<>();
    cases.find(and(eq("tenantId", tenantId), gte("receivedAt", Date.from(from)), lt("receivedAt", Date.from(to))))
        .forEach(d -> found.add(TrackedCaseDocuments.trackedCase(d)));
    return found;
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
