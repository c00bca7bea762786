package io.supportflow.escalation.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.supportflow.escalation.application.EscalatedCase;
import io.supportflow.escalation.application.EscalatedCases;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.Priority;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per case, _id the case id. The guards are in the filters: terms are set only where
 * there are none, an activity is pushed only if its event id is not there; a filter that no longer
 * matches makes the upsert collide on _id, which means "recorded already".
 */
public final class MongoEscalatedCases implements EscalatedCases {

  private final MongoCollection<Document> cases;

  public MongoEscalatedCases(MongoDatabase database) {
    this.cases = database.getCollection("escalated_cases");
  }

  @Override
  public Optional<EscalatedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(EscalatedCaseDocuments::escalatedCase);
  }

  @Override
  public void recordTerms(String caseId, String tenantId, String caseNumber, int partition,
      Priority priority, Instant receivedAt, EscalationTerms terms) {
    upsertUnlessRecorded(and(eq("_id", caseId), eq("terms", null)), Updates.combine(
        Updates.set("tenantId", tenantId),
        Updates.set("caseNumber", caseNumber),
        Updates.set("partition", partition),
        Updates.set("priority", priority.name()),
        Updates.set("receivedAt", Date.from(receivedAt)),
        Updates.set("terms", EscalatedCaseDocuments.terms(terms))));
  }

  @Override
  public void recordActivity(String caseId, String tenantId, String caseNumber, int partition,
      String eventId, Activity activity) {
    upsertUnlessRecorded(and(eq("_id", caseId), ne("activities.eventId", eventId)), Updates.combine(
        Updates.setOnInsert("tenantId", tenantId),
        Updates.setOnInsert("caseNumber", caseNumber),
        Updates.setOnInsert("partition", partition),
        Updates.push("activities", EscalatedCaseDocuments.activity(eventId, activity))));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> levelIds) {
    cases.updateOne(eq("_id", caseId), Updates.addEachToSet("published", List.copyOf(levelIds)));
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
