package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.supportflow.notification.application.NotifiedCases;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.Priority;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** One document per case, _id = caseId, in the collection "cases". */
public final class MongoNotifiedCases implements NotifiedCases {

  private final MongoCollection<Document> cases;

  public MongoNotifiedCases(MongoDatabase database) {
    this.cases = database.getCollection("cases");
  }

  @Override
  public Optional<NotifiedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(MongoNotifiedCases::fromDocument);
  }

  @Override
  public void save(NotifiedCase c) {
    cases.replaceOne(eq("_id", c.caseId()), toDocument(c), new ReplaceOptions().upsert(true));
  }

  private static Document toDocument(NotifiedCase c) {
    return new Document("_id", c.caseId())
        .append("tenantId", c.tenantId())
        .append("caseNumber", c.caseNumber())
        .append("subject", c.subject())
        .append("reporterName", c.reporterName())
        .append("reporterEmail", c.reporterEmail())
        .append("priority", c.priority().name())
        .append("receivedAt", Date.from(c.receivedAt()))
        .append("zone", c.zone().getId())
        .append("statusCadenceMillis", c.statusCadence() == null ? null : c.statusCadence().toMillis())
        .append("partition", c.partition())
        .append("status", c.status())
        .append("latestResponse", c.latestResponse())
        .append("onHold", c.onHold())
        .append("resolved", c.resolved());
  }

  private static NotifiedCase fromDocument(Document d) {
    Long cadence = d.getLong("statusCadenceMillis");
    return new NotifiedCase(
        d.getString("tenantId"), d.getString("_id"), d.getString("caseNumber"), d.getString("subject"),
        d.getString("reporterName"), d.getString("reporterEmail"), Priority.valueOf(d.getString("priority")),
        d.getDate("receivedAt").toInstant(), ZoneId.of(d.getString("zone")),
        cadence == null ? null : Duration.ofMillis(cadence), d.getInteger("partition"),
        d.getString("status"), d.getString("latestResponse"), d.getBoolean("onHold"), d.getBoolean("resolved"));
  }
}
