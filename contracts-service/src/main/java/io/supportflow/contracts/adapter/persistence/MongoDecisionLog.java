package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.application.DecisionLog;
import io.supportflow.contracts.application.RecordedDecision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return recordAllOnce(List.of(decision)).getFirst();
  }

  /**
   * One unordered insert; the decisions it did not insert (another delivery of the same request came
   * first, maybe in the same batch) are read back with one $in query: the stored decision stands.
   */
  @Override
  public List<RecordedDecision> recordAllOnce(List<RecordedDecision> toRecord) {
    boolean[] inserted = UniqueInserts.insertedAll(decisions, toRecord.stream().map(this::document).toList());
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < inserted.length; i++) {
      if (!inserted[i]) {
        earlier.add(toRecord.get(i).request().eventId());
      }
    }
    if (earlier.isEmpty()) {
      return toRecord;
    }
    Map<String, RecordedDecision> stored = new HashMap<>();
    decisions.find(in("_id", earlier)).forEach(d -> stored.put(d.getString("_id"), decisionOf(d)));
    return toRecord.stream()
        .map(d -> stored.getOrDefault(d.request().eventId(), d))
        .toList();
  }

  private Document document(RecordedDecision decision) {
    return new Document("_id", decision.request().eventId())
        .append("tenantId", decision.request().tenantId())
        .append("caseId", decision.request().caseId())
        .append("decision", json.document(decision));
  }

  private Optional<RecordedDecision> first(Bson filter) {
    return Optional.ofNullable(decisions.find(filter).first()).map(this::decisionOf);
  }

  private RecordedDecision decisionOf(Document d) {
    return json.read(d, "decision", RecordedDecision.class);
  }
}
