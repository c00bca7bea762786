package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.supportflow.intake.application.incidents.IncidentRuleSettings;
import io.supportflow.intake.domain.incident.AlertRefiring;
import io.supportflow.intake.domain.incident.IncidentRules;
import io.supportflow.intake.domain.incident.ProductSurge;
import java.time.Duration;
import org.bson.Document;

/** Each tenant's incident rules, one document per tenant in {@code incident_rules}; no document: none. */
public record MongoIncidentRules(MongoCollection<Document> tenantRules) implements IncidentRuleSettings {

  public MongoIncidentRules(MongoDatabase database) {
    this(database.getCollection("incident_rules"));
  }

  @Override
  public IncidentRules rules(String tenantId) {
    Document d = tenantRules.find(eq("_id", tenantId)).first();
    if (d == null) {
      return IncidentRules.none();
    }
    Document surge = d.get("productSurge", Document.class);
    Document refiring = d.get("alertRefiring", Document.class);
    return new IncidentRules(
        surge == null ? null : new ProductSurge(surge.getInteger("cases"), minutes(surge)),
        refiring == null ? null : new AlertRefiring(refiring.getInteger("firings"), minutes(refiring)));
  }

  @Override
  public void save(String tenantId, IncidentRules r) {
    ProductSurge surge = r.productSurge();
    AlertRefiring refiring = r.alertRefiring();
    tenantRules.replaceOne(eq("_id", tenantId), new Document("_id", tenantId)
            .append("productSurge", surge == null ? null
                : new Document("cases", surge.cases()).append("withinMinutes", surge.within().toMinutes()))
            .append("alertRefiring", refiring == null ? null
                : new Document("firings", refiring.firings()).append("withinMinutes", refiring.within().toMinutes())),
        new ReplaceOptions().upsert(true));
  }

  private static Duration minutes(Document d) {
    return Duration.ofMinutes(((Number) d.get("withinMinutes")).longValue());
  }
}
