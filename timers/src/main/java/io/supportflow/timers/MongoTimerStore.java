package io.supportflow.timers;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * One document per timer, _id the timer id: {tenantId, caseId, kind, dueAt, partition, firedAt,
 * eventId}. Unfired timers are found by (partition, firedAt = null, dueAt); fired ones expire
 * after the retention (TTL on firedAt, which leaves unfired timers alone).
 */
public final class MongoTimerStore implements TimerStore {

  private final MongoCollection<Document> timers;

  public MongoTimerStore(MongoDatabase database, Duration firedRetention) {
    this.timers = database.getCollection("timers");
    timers.createIndex(Indexes.ascending("partition", "firedAt", "dueAt"));
    timers.createIndex(Indexes.ascending("caseId", "kind"));
    timers.createIndex(Indexes.ascending("firedAt"),
        new IndexOptions().expireAfter(firedRetention.toSeconds(), TimeUnit.SECONDS));
  }

  @Override
  public void schedule(Timer timer) {
    try {
      timers.insertOne(new Document("_id", timer.timerId())
          .append("tenantId", timer.tenantId())
          .append("caseId", timer.caseId())
          .append("kind", timer.kind())
          .append("dueAt", Date.from(timer.dueAt()))
          .append("partition", timer.partition())
          .append("firedAt", null)
          .append("eventId", null));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  @Override
  public void cancel(String caseId, String kind) {
    timers.deleteMany(and(eq("caseId", caseId), eq("kind", kind), eq("firedAt", null)));
  }

  @Override
  public List<Timer> dueBefore(Set<Integer> partitions, Instant before, int limit) {
    List<Timer> due = new ArrayList<>();
    timers.find(and(in("partition", partitions), eq("firedAt", null), lt("dueAt", Date.from(before))))
        .sort(Sorts.ascending("dueAt", "_id"))
        .limit(limit)
        .forEach(d -> due.add(new Timer(
            d.getString("tenantId"), d.getString("caseId"), d.getString("kind"),
            d.getDate("dueAt").toInstant(), d.getInteger("partition"))));
    return due;
  }

  @Override
  public boolean markFired(Timer timer, String eventId, Instant firedAt) {
    return timers.updateOne(
            and(eq("_id", timer.timerId()), eq("firedAt", null)),
            Updates.combine(Updates.set("firedAt", Date.from(firedAt)), Updates.set("eventId", eventId)))
        .getModifiedCount() == 1;
  }
}
