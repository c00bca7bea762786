package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.supportflow.intake.application.incidents.IncidentCases;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.incident.CaseOnProduct;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The fields of the case documents the incident rules read and write: the alert's fingerprint, the product. */
public final class MongoIncidentCases implements IncidentCases {

  private static final List<String> ACTIVE =
      List.of(CaseStatus.NEW.name(), CaseStatus.OPEN.name(), CaseStatus.ON_HOLD.name());

  private final MongoCollection<Document> cases;

  public MongoIncidentCases(MongoDatabase database) {
    this.cases = database.getCollection("cases");
    cases.createIndex(Indexes.ascending("tenantId", "productId", "receivedAt"));
  }

  @Override
  public Optional<String> alertFingerprint(String tenantId, String caseId) {
    Document d = cases.find(new Document("_id", caseId).append("tenantId", tenantId))
        .projection(Projections.include("channel", "correlationKey")).first();
    return d == null || !Channel.MONITORING.name().equals(d.getString("channel"))
        ? Optional.empty() : Optional.ofNullable(d.getString("correlationKey"));
  }

  @Override
  public void recordProduct(String tenantId, String caseId, String productId, String productName) {
    cases.updateOne(new Document("_id", caseId).append("tenantId", tenantId),
        Updates.combine(Updates.set("productId", productId), Updates.set("productName", productName)));
  }

  /** One unordered bulk write of the same updates. */
  @Override
  public void recordProducts(List<ProductOfCase> products) {
    cases.bulkWrite(products.stream().<WriteModel<Document>>map(p -> new UpdateOneModel<>(
            new Document("_id", p.caseId()).append("tenantId", p.tenantId()),
            Updates.combine(Updates.set("productId", p.productId()), Updates.set("productName", p.productName()))))
        .toList(), new BulkWriteOptions().ordered(false));
  }

  @Override
  public List<CaseOnProduct> activeOnProduct(String tenantId, String productId, Instant since, int limit) {
    List<CaseOnProduct> found = new ArrayList<>();
    cases.find(and(eq("tenantId", tenantId), eq("productId", productId), gte("receivedAt", Date.from(since)),
            in("status", ACTIVE)))
        .projection(Projections.include("caseNumber", "customerId", "receivedAt"))
        .sort(Sorts.ascending("receivedAt")).limit(limit)
        .forEach(d -> found.add(new CaseOnProduct(d.getString("_id"), d.getString("caseNumber"),
            d.getString("customerId"), d.getDate("receivedAt").toInstant())));
    return found;
  }
}
