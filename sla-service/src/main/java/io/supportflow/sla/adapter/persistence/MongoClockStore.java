package io.supportflow.sla.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.sla.application.ClockStore;
import io.supportflow.sla.application.StartedClock;
import java.util.Optional;
import org.bson.Document;

/** One document per clock, keyed caseId:KIND: _id makes a second clock of a kind impossible. */
public final class MongoClockStore implements ClockStore {

  private final MongoCollection<Document> clocks;

  public MongoClockStore(MongoDatabase database) {
    this.clocks = database.getCollection("clocks");
  }

  @Override
  public Optional<StartedClock> find(String clockId) {
    return Optional.ofNullable(clocks.find(eq("_id", clockId)).first()).map(ClockDocuments::clock);
  }

  @Override
  public StartedClock saveOnce(StartedClock clock) {
    try {
      clocks.insertOne(ClockDocuments.clock(clock));
      return clock;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // Another delivery of the decision won the race; its clock stands.
      return find(clock.clock().clockId()).orElseThrow();
    }
  }
}
