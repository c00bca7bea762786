package io.supportflow.escalation.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.supportflow.escalation.application.WatchRecord;
import io.supportflow.escalation.application.WatchedCases;
import io.supportflow.escalation.domain.WatchedCase;
import java.util.Date;
import org.bson.Document;

/**
 * One document per watched case, _id = caseId. The upsert only sets fields on insert, so a
 * redelivered decision matches the existing document and changes nothing in one atomic write.
 */
public final class MongoWatchedCases implements WatchedCases {

  private final MongoCollection<Document> watched;

  public MongoWatchedCases(MongoDatabase database) {
    this.watched = database.getCollection("watched_cases");
  }

  @Override
  public void watchOnce(WatchRecord record) {
    WatchedCase c = record.watchedCase();
    watched.updateOne(
        eq("_id", c.caseId()),
        Updates.combine(
            Updates.setOnInsert("tenantId", c.tenantId()),
            Updates.setOnInsert("caseNumber", c.caseNumber()),
            Updates.setOnInsert("priority", c.priority().name()),
            Updates.setOnInsert("receivedAt", Date.from(c.receivedAt())),
            Updates.setOnInsert("escalationMatrixId", c.escalationMatrixId()),
            Updates.setOnInsert("decisionEventId", record.decisionEventId()),
            Updates.setOnInsert("watchedAt", Date.from(record.watchedAt()))),
        new UpdateOptions().upsert(true));
  }
}
