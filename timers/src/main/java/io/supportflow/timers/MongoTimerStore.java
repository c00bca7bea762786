package io.supportflow.timers;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One document per timer, _id the timer id: {tenantId, caseId, kind, dueAt, partition, firedAt,
 * eventId}, and the traceparent and caseNumber of the case's handling when the timer keeps them. Unfired timers are found by (partition, firedAt = null, dueAt); fired ones expire
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
    // The firing's conditional write names exactly these keys. MongoDB answers it from the _id index
    // anyway; a server that plans only on exact unique keys (mongo-java-server, the local stack and
    // the tests) would otherwise scan every timer per firing: 5 ms per firing at 20,000 timers.
    timers.createIndex(Indexes.ascending("_id", "firedAt"), new IndexOptions().unique(true).name("firing"));
  }

  @Override
  public void schedule(Timer timer) {
    try {
      timers.insertOne(document(timer));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  /**
   * Stores many timers in one round trip (a poll's cases, a migration, a benchmark); timers that
   * exist already are kept as they are, like {@link #schedule}.
   */
  @Override
  public void scheduleAll(Collection<Timer> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      timers.insertMany(batch.stream().map(MongoTimerStore::document).toList(),
          new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      if (e.getWriteErrors().stream().anyMatch(w -> w.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
        throw e;
      }
    }
  }

  private static Document document(Timer timer) {
    Document d = new Document("_id", timer.timerId())
        .append("tenantId", timer.tenantId())
        .append("caseId", timer.caseId())
        .append("kind", timer.kind())
        .append("dueAt", Date.from(timer.dueAt()))
        .append("partition", timer.partition())
        .append("firedAt", null)
        .append("eventId", null);
    if (timer.traceparent() != null) {
      d.append("traceparent", timer.traceparent());
    }
    if (timer.caseNumber() != null) {
      d.append("caseNumber", timer.caseNumber());
    }
    return d;
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
            d.getDate("dueAt").toInstant(), d.getInteger("partition"),
            d.getString("traceparent"), d.getString("caseNumber"))));
    return due;
  }

  @Override
  public boolean markFired(Timer timer, String eventId, Instant firedAt) {
    return timers.updateOne(unfired(timer), fired(eventId, firedAt)).getModifiedCount() == 1;
  }

  /** One round trip for the lot; each write is still the single-document conditional one. */
  @Override
  public int markFired(List<Firing> firings, Instant firedAt) {
    if (firings.isEmpty()) {
      return 0;
    }
    List<UpdateOneModel<Document>> writes = firings.stream()
        .map(f -> new UpdateOneModel<Document>(unfired(f.timer()), fired(f.eventId(), firedAt)))
        .toList();
    return timers.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getModifiedCount();
  }

  /**
   * Exactly the keys of the unique "firing" index, {_id, firedAt: null}: mongo-java-server serves a
   * filter from an index only when its keys equal the index's, and scans otherwise (Filters.and's
   * $and, or a flat filter without that index, alike).
   */
  private static Bson unfired(Timer timer) {
    return new Document("_id", timer.timerId()).append("firedAt", null);
  }

  private static Bson fired(String eventId, Instant firedAt) {
    return Updates.combine(Updates.set("firedAt", Date.from(firedAt)), Updates.set("eventId", eventId));
  }
}
