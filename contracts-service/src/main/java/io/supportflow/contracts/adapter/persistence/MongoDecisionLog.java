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

/** One document per answered request, keyed by the request's event id: _id makes it unique. */
public final class MongoDecisionLog implements DecisionLog {

  private final MongoCollection<Document> decisions;

  public MongoDecisionLog(MongoDatabase database) {
    this.decisions = database.getCollection("decisions");
  }

  @Override
  public Optional<RecordedDecision> forRequest(String requestEventId) {
    return Optional.ofNullable(decisions.find(eq("_id", requestEventId)).first())
        .map(ContractDocuments::decision);
  }

  @Override
  public RecordedDecision recordOnce(RecordedDecision decision) {
    try {
      decisions.insertOne(ContractDocuments.decision(decision));
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
