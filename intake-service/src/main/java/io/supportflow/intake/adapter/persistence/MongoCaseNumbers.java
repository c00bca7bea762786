package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.CaseNumbers;
import org.bson.Document;

/** One counter document per tenant, incremented atomically by the server: no replica can collide. */
public record MongoCaseNumbers(MongoCollection<Document> counters) implements CaseNumbers {

  public MongoCaseNumbers(MongoDatabase database) {
    this(database.getCollection("case_number_counters"));
  }

  @Override
  public long next(String tenantId) {
    try {
      return increment(tenantId);
    } catch (MongoCommandException | MongoWriteException e) {
      // Two first-ever upserts can race to insert the counter; the loser increments the winner's.
      return increment(tenantId);
    }
  }

  private long increment(String tenantId) {
    Document counter = counters.findOneAndUpdate(
        eq("_id", tenantId),
        Updates.inc("last", 1L),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    return ((Number) counter.get("last")).longValue();
  }
}
