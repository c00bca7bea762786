package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.application.DecisionLog;
import io.supportflow.contracts.application.RecordedDecision;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per answered request, keyed by the request's event id (_id makes it unique), holding
 * the whole decision with its terms snapshot: a redelivery republishes exactly what was decided.
 */
public record MongoDecisionLog(MongoCollection<Document> decisions, JsonDocuments json) implements DecisionLog {

  public MongoDecisionLog(MongoDatabase database, JsonMapper json) {
    this(database.getCollection("decisions"), new JsonDocuments(json));
  }

  @Override
  public Optional<RecordedDecision> forCase(String caseId) {
    return first(eq("caseId", caseId));
  }

  @Override
  public Optional<RecordedDecision> forRequest(String requestEventId) {
    return first(eq("_id", requestEventId));
  }

  @Override
  public RecordedDecision recordOnce(RecordedDecision decision) {
    boolean inserted = UniqueInserts.inserted(decisions, new Document("_id", decision.request().eventId())
        .append("tenantId", decision.request().tenantId())
        .append("caseId", decision.request().caseId())
        .append("decision", json.document(decision)));
    // Not inserted: another delivery of the same request won the race; its decision stands.
    return inserted ? decision : forRequest(decision.request().eventId()).orElseThrow();
  }

  private Optional<RecordedDecision> first(Bson filter) {
    return Optional.ofNullable(decisions.find(filter).first())
        .map(d -> json.read(d, "decision", RecordedDecision.class));
  }
}
