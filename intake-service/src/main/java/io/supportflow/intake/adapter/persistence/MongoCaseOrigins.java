package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.application.CaseOrigins;
import io.supportflow.intake.application.OriginClaim;
import java.util.Date;
import org.bson.Document;

/**
 * One document per (tenant, origin key), the pair as its _id: the insert of a claim is atomic and
 * unique on every MongoDB, so two replicas racing for one origin get one winner.
 */
public final class MongoCaseOrigins implements CaseOrigins {

  private final MongoCollection<Document> origins;

  public MongoCaseOrigins(MongoDatabase database) {
    this.origins = database.getCollection("case_origins");
  }

  @Override
  public OriginClaim claim(String tenantId, String originKey, String candidateCaseId, String fingerprint) {
    Document id = new Document("tenantId", tenantId).append("key", originKey);
    try {
      origins.insertOne(new Document("_id", id).append("caseId", candidateCaseId)
          .append("fingerprint", fingerprint).append("claimedAt", new Date()));
      return new OriginClaim(candidateCaseId, fingerprint, true);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      Document owner = origins.find(eq("_id", id)).first();
      if (owner == null) {
        throw new IllegalStateException("origin " + originKey + " reported taken but not found", e);
      }
      return new OriginClaim(owner.getString("caseId"), owner.getString("fingerprint"), false);
    }
  }
}
