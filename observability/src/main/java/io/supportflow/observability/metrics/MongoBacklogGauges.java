package io.supportflow.observability.metrics;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;

/**
 * A backlog kept in a Mongo collection (an outbox, parked early events, pending timers, cases not
 * yet announced): how many entries wait and how old the oldest is, read at scrape time. Declared in
 * a service's {@code application.yml} under {@code supportflow.observability.backlogs}.
 */
public final class MongoBacklogGauges {

  private MongoBacklogGauges() {}

  public static void register(MeterRegistry registry, MongoDatabase database, BacklogSettings backlog, Clock clock) {
    MongoCollection<Document> collection = database.getCollection(backlog.collection());
    Document filter = Document.parse(backlog.filter() == null || backlog.filter().isBlank() ? "{}" : backlog.filter());
    Gauge.builder("supportflow.backlog.size", () -> collection.countDocuments(filter))
        .description("Entries waiting in a backlog (outbox, early events, timers, relay)")
        .tag("backlog", backlog.name())
        .register(registry);
    if (backlog.ageField() != null && !backlog.ageField().isBlank()) {
      Gauge.builder("supportflow.backlog.oldest.age", () -> oldestAgeSeconds(collection, filter, backlog.ageField(), clock))
          .description("Age in seconds of the oldest waiting entry; 0 when the backlog is empty")
          .baseUnit("seconds")
          .tag("backlog", backlog.name())
          .register(registry);
    }
  }

  private static double oldestAgeSeconds(MongoCollection<Document> collection, Document filter, String field, Clock clock) {
    Document oldest = collection.find(filter).sort(Sorts.ascending(field)).limit(1).first();
    Object value = oldest == null ? null : oldest.get(field);
    if (!(value instanceof Date date)) {
      return 0;
    }
    return Math.max(0, Duration.between(date.toInstant(), clock.instant()).toMillis() / 1000.0);
  }

  /** One backlog: its name (a tag), its collection, the filter of waiting entries (JSON), the field with its time. */
  public record BacklogSettings(String name, String collection, String filter, String ageField) {}
}
