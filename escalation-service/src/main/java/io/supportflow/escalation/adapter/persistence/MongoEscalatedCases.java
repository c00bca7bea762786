package io.supportflow.escalation.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.application.EscalatedCase;
import io.supportflow.escalation.application.EscalatedCases;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.Priority;
import java.time.Instant;
import java.util.Collection;
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
public final class MongoEscalatedCases implements EscalatedCases {

  private final MongoCollection<Document> cases;
  private final MongoCaseTimelines timelines;

  public MongoEscalatedCases(MongoDatabase database) {
    this.cases = database.getCollection("escalated_cases");
    this.timelines = new MongoCaseTimelines(cases);
  }

  @Override
  public Optional<EscalatedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(EscalatedCaseDocuments::escalatedCase);
  }

  @Override
  public void recordTerms(String caseId, String tenantId, String caseNumber, int partition,
      Priority priority, Instant receivedAt, EscalationTerms terms) {
    timelines.recordTerms(caseId, fields(
        "tenantId", tenantId,
        "caseNumber", caseNumber,
        "partition", partition,
        "priority", priority.name(),
        "receivedAt", Date.from(receivedAt),
        "terms", EscalatedCaseDocuments.terms(terms)));
  }

  @Override
  public void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity) {
    timelines.recordActivity(caseId, eventId, EscalatedCaseDocuments.activity(eventId, activity),
        fields("tenantId", tenantId, "caseNumber", caseNumber, "partition", partition));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> levelIds) {
    timelines.recordPublished(caseId, levelIds);
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
