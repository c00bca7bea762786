package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.application.DecisionLog;
import io.supportflow.contracts.application.RecordedDecision;
import java.util.Optional;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per answered request, keyed by the request's event id (_id makes it unique), holding
 * the whole decision with its terms snapshot: a redelivery republishes exactly what was decided.
 */
public final class MongoDecisionLog implements DecisionLog {

  private final MongoCollection<Document> decisions;
  private final JsonMapper json;

  public MongoDecisionLog(MongoDatabase database, JsonMapper json) {
    this.decisions = database.getCollection("decisions");
    this.json = json;
  }

  @Override
  public Optional<RecordedDecision> forCase(String caseId) {
    return Optional.ofNullable(decisions.find(eq("caseId", caseId)).first())
        .map(d -> json.readValue(d.get("decision", Document.class).toJson(), RecordedDecision.class));
  }

  @Override
  public Optional<RecordedDecision> forRequest(String requestEventId) {
    return Optional.ofNullable(decisions.find(eq("_id", requestEventId)).first())
        .map(d -> json.readValue(d.get("decision", Document.class).toJson(), RecordedDecision.class));
  }

  @Override
  public RecordedDecision recordOnce(RecordedDecision decision) {
    try {
      decisions.insertOne(new Document("_id", decision.request().eventId())
          .append("tenantId", decision.request().tenantId())
          .append("caseId", decision.request().caseId())
          .append("decision", Document.parse(json.writeValueAsString(decision))));
      return decision;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // Another delivery of the same request won the race; its decision stands.
      return forRequest(decision.request().eventId()).orElseThrow();
    }
  }
}
