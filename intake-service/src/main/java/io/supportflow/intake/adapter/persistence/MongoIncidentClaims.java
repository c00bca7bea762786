package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.supportflow.intake.application.incidents.IncidentClaims;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * One document per (tenant, key), the pair as its _id: the insert of a claim is atomic and unique
 * on every MongoDB, so two instances claiming one case, alert or product for two incidents get one
 * winner (as {@link MongoCaseOrigins} does for a request's origin).
 */
public final class MongoIncidentClaims implements IncidentClaims {

  private final MongoCollection<Document> claims;

  public MongoIncidentClaims(MongoDatabase database) {
    this.claims = database.getCollection("incident_claims");
    claims.createIndex(Indexes.ascending("tenantId", "incidentId"));
  }

  @Override
  public Claim claim(String tenantId, String key, String incidentId, Instant at) {
    try {
      claims.insertOne(new Document("_id", id(tenantId, key)).append("tenantId", tenantId)
          .append("incidentId", incidentId).append("claimedAt", Date.from(at)));
      return new Claim(incidentId, at);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // Given up meanwhile: the next attempt claims it.
      return holder(tenantId, key).orElse(new Claim("", Instant.EPOCH));
    }
  }

  @Override
  public boolean takeOver(String tenantId, String key, String staleIncidentId, String incidentId, Instant at) {
    return claims.replaceOne(new Document("_id", id(tenantId, key)).append("incidentId", staleIncidentId),
        new Document("_id", id(tenantId, key)).append("tenantId", tenantId).append("incidentId", incidentId)
            .append("claimedAt", Date.from(at))).getModifiedCount() == 1;
  }

  @Override
  public Optional<Claim> holder(String tenantId, String key) {
    return Optional.ofNullable(claims.find(eq("_id", id(tenantId, key))).first())
        .map(d -> new Claim(d.getString("incidentId"), d.getDate("claimedAt").toInstant()));
  }

  @Override
  public void release(String tenantId, String key, String incidentId) {
    claims.deleteOne(new Document("_id", id(tenantId, key)).append("incidentId", incidentId));
  }

  @Override
  public void releaseAll(String tenantId, String incidentId) {
    claims.deleteMany(new Document("tenantId", tenantId).append("incidentId", incidentId));
  }

  private static Document id(String tenantId, String key) {
    return new Document("tenantId", tenantId).append("key", key);
  }
}
