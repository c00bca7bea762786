package io.supportflow.console.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.console.application.CaseIncidents;
import io.supportflow.console.domain.CaseIncident;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** One document per case in case_incidents (id tenant/case id): the latest word of intake.incidents on it. */
public record MongoCaseIncidents(MongoCollection<Document> incidents) implements CaseIncidents {

  public MongoCaseIncidents(MongoDatabase database) {
    this(database.getCollection("case_incidents"));
  }

  @Override
  public void told(CaseIncident i) {
    String id = CaseViewDocuments.id(i.tenantId(), i.caseId());
    Document d = new Document("_id", id).append("tenantId", i.tenantId()).append("caseId", i.caseId())
        .append("incidentId", i.incidentId()).append("title", i.title()).append("status", i.status())
        .append("linked", i.linked()).append("at", Date.from(i.at()));
    if (incidents.replaceOne(and(eq("_id", id), lte("at", Date.from(i.at()))), d).getMatchedCount() == 1) {
      return;
    }
    try {
      incidents.insertOne(d);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // A later word on the case is kept already.
    }
  }

  @Override
  public Optional<CaseIncident> of(String tenantId, String caseId) {
    return Optional.ofNullable(incidents.find(eq("_id", CaseViewDocuments.id(tenantId, caseId))).first())
        .map(d -> new CaseIncident(d.getString("tenantId"), d.getString("caseId"), d.getString("incidentId"),
            d.getString("title"), d.getString("status"), Boolean.TRUE.equals(d.getBoolean("linked")),
            d.getDate("at").toInstant()))
        .filter(CaseIncident::linked);
  }
}
