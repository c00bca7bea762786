package io.supportflow.sla.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
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
import io.supportflow.timeline.MongoCaseTimelines;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * One document per case, _id the case id, through MongoCaseTimelines: terms set once, an activity
 * once per event id, the ids of published changes.
 */
public final class MongoTrackedCases implements TrackedCases {

  private final MongoCollection<Document> cases;
  private final MongoCaseTimelines timelines;

  public MongoTrackedCases(MongoDatabase database) {
    this.cases = database.getCollection("tracked_cases");
    this.timelines = new MongoCaseTimelines(cases);
    cases.createIndex(Indexes.ascending("tenantId", "receivedAt"));
  }

  @Override
  public Optional<TrackedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(TrackedCaseDocuments::trackedCase);
  }

  @Override
  public void recordTerms(String caseId, String tenantId, String caseNumber, String customerId,
      int partition, Priority priority, Instant receivedAt, SlaTerms terms) {
    timelines.recordTerms(caseId, fields(
        "tenantId", tenantId,
        "caseNumber", caseNumber,
        "customerId", customerId,
        "partition", partition,
        "priority", priority.name(),
        "receivedAt", Date.from(receivedAt),
        "terms", TrackedCaseDocuments.terms(terms)));
  }

  @Override
  public void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity) {
    timelines.recordActivity(caseId, eventId, TrackedCaseDocuments.activity(eventId, activity),
        fields("tenantId", tenantId, "caseNumber", caseNumber, "partition", partition));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> changeIds) {
    timelines.recordPublished(caseId, changeIds);
  }

  @Override
  public List<TrackedCase> receivedBetween(String tenantId, Instant from, Instant to) {
    List<TrackedCase> found = new ArrayList<>();
    cases.find(and(eq("tenantId", tenantId), gte("receivedAt", Date.from(from)), lt("receivedAt", Date.from(to))))
        .forEach(d -> found.add(TrackedCaseDocuments.trackedCase(d)));
    return found;
  }

  /** Name, value, name, value...: nulls allowed, unlike Map.of. */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
