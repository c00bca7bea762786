package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.supportflow.contracts.application.CaseDecisions;
import io.supportflow.contracts.application.DecidedCase;
import io.supportflow.contracts.application.RecordedDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per decided case (_id = case id): the case's re-decision state as JSON, with the
 * fields it is found by beside it (tenant, customer, open, the write counter rev), and the
 * re-decisions not yet published in the same document, so a new decision and its publication are
 * one write (docs/adr/0003). Writes are conditioned on {_id, rev}, a flat filter the wire server
 * serves from the _id index; the activity of a case and a contract change of its customer may
 * arrive on two consumers at once.
 */
public record MongoCaseDecisions(MongoCollection<Document> cases, JsonDocuments json) implements CaseDecisions {

  public MongoCaseDecisions(MongoDatabase database, JsonMapper json) {
    this(database.getCollection("cases"), new JsonDocuments(json));
  }

  public MongoCaseDecisions {
    cases.createIndex(Indexes.ascending("tenantId", "customerId", "open"));
    // The relay asks for the few cases with something unpublished, not for every case.
    cases.createIndex(Indexes.ascending("unpublished.eventId"));
  }

  @Override
  public void openIfAbsent(DecidedCase decided) {
    openAllIfAbsent(List.of(decided));
  }

  /** One unordered insert; a case kept already is left as is (what was learned and re-decided since). */
  @Override
  public void openAllIfAbsent(List<DecidedCase> decided) {
    UniqueInserts.insertedAll(cases, decided.stream().map(c -> new Document("_id", c.caseId())
        .append("tenantId", c.tenantId())
        .append("customerId", c.customerId())
        .append("open", c.open())
        .append("rev", 0L)
        .append("state", json.document(c))
        .append("unpublished", List.of())).toList());
  }

  @Override
  public Optional<DecidedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(this::decidedCase);
  }

  @Override
  public List<DecidedCase> openOf(String tenantId, String customerId) {
    List<DecidedCase> open = new ArrayList<>();
    cases.find(and(eq("tenantId", tenantId), eq("customerId", customerId), eq("open", true)))
        .forEach(d -> open.add(decidedCase(d)));
    return open;
  }

  @Override
  public void close(String caseId) {
    cases.updateOne(eq("_id", caseId), Updates.combine(Updates.set("open", false), Updates.inc("rev", 1L)));
  }

  @Override
  public boolean replace(DecidedCase read, DecidedCase next, RecordedDecision toPublish) {
    List<Bson> updates = new ArrayList<>(List.of(
        Updates.set("state", json.document(next)),
        Updates.set("customerId", next.customerId()),
        Updates.inc("rev", 1L)));
    if (toPublish != null) {
      updates.add(Updates.push("unpublished", new Document("eventId", toPublish.eventId())
          .append("decision", json.document(toPublish))));
    }
    Bson sameRevision = new Document("_id", read.caseId()).append("rev", read.revision());
    return cases.updateOne(sameRevision, Updates.combine(updates)).getModifiedCount() == 1;
  }

  @Override
  public List<RecordedDecision> unpublished() {
    List<RecordedDecision> waiting = new ArrayList<>();
    cases.find(exists("unpublished.eventId")).forEach(d -> d.getList("unpublished", Document.class)
        .forEach(u -> waiting.add(json.read(u, "decision", RecordedDecision.class))));
    waiting.sort(Comparator.comparing(RecordedDecision::decidedAt));
    return waiting;
  }

  @Override
  public void markPublished(String caseId, String eventId) {
    cases.updateOne(eq("_id", caseId), Updates.pull("unpublished", new Document("eventId", eventId)));
  }

  // open, customer and rev are written on their own (close does not rewrite the state): they win.
  private DecidedCase decidedCase(Document d) {
    DecidedCase kept = json.read(d, "state", DecidedCase.class);
    return new DecidedCase(kept.caseId(), kept.tenantId(), d.getString("customerId"), d.getBoolean("open", true),
        kept.priority(), kept.learned(), kept.inForce(), kept.handledTriggers(), d.get("rev", Number.class).longValue());
  }
}
