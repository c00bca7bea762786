package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.supportflow.notification.application.EarlyEvents;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseOccurrence;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.SlaAlert;
import io.supportflow.observability.metrics.DeferredEventMeters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * One document per early event in "early-events", _id = caseId/eventId, so a redelivery is kept
 * once; seq is the arrival order within the case; type tells an activity from an SLA alert. One
 * case's events are handled by one consumer at a time, so counting and inserting need no transaction.
 * parkedAt says when it was kept: when the case's events are cleared (applied), how long each
 * waited goes to the supportflow.deferred meter.
 */
public final class MongoEarlyEvents implements EarlyEvents {

  private static final String ACTIVITY = "ACTIVITY";
  private static final String SLA_ALERT = "SLA_ALERT";

  private final MongoCollection<Document> events;
  private final Clock clock;
  private final DeferredEventMeters deferred;

  public MongoEarlyEvents(MongoDatabase database, Clock clock, DeferredEventMeters deferred) {
    this.events = database.getCollection("early-events");
    this.clock = clock;
    this.deferred = deferred;
    events.createIndex(Indexes.ascending("caseId", "seq"));
  }

  public MongoEarlyEvents(MongoDatabase database) {
    this(database, Clock.systemUTC(), DeferredEventMeters.NONE);
  }

  @Override
  public boolean park(CaseOccurrence event, int limit) {
    String id = event.caseId() + "/" + event.eventId();
    if (events.find(eq("_id", id)).first() != null) {
      return true;
    }
    long held = events.countDocuments(eq("caseId", event.caseId()));
    if (held >= limit) {
      return false;
    }
    Document document = new Document("_id", id).append("caseId", event.caseId()).append("seq", held)
        .append("eventId", event.eventId()).append("parkedAt", Date.from(clock.instant()));
    switch (event) {
      case CaseEvent a -> document
          .append("type", ACTIVITY)
          .append("occurredAt", date(a.occurredAt()))
          .append("caseNumber", a.caseNumber())
          .append("kind", a.kind().name())
          .append("caseStatus", a.caseStatus())
          .append("publicResponse", a.publicResponse())
          .append("newPriority", a.newPriority() == null ? null : a.newPriority().name());
      case SlaAlert s -> document
          .append("type", SLA_ALERT)
          .append("tenantId", s.tenantId())
          .append("caseNumber", s.caseNumber())
          .append("priority", s.priority().name())
          .append("clock", s.clock())
          .append("breached", s.breached())
          .append("deadline", date(s.deadline()));
    }
    try {
      events.insertOne(document);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    return true;
  }

  @Override
  public List<CaseOccurrence> of(String caseId) {
    List<CaseOccurrence> found = new ArrayList<>();
    events.find(eq("caseId", caseId)).sort(Sorts.ascending("seq")).forEach(d -> found.add(occurrence(d)));
    return found;
  }

  @Override
  public Map<String, List<CaseOccurrence>> ofAll(Collection<String> caseIds) {
    Map<String, List<CaseOccurrence>> found = new LinkedHashMap<>();
    events.find(in("caseId", caseIds)).sort(Sorts.ascending("caseId", "seq")).forEach(d ->
        found.computeIfAbsent(d.getString("caseId"), id -> new ArrayList<>()).add(occurrence(d)));
    return found;
  }

  @Override
  public void clear(String caseId) {
    Instant now = clock.instant();
    events.find(eq("caseId", caseId)).projection(Projections.include("type", "parkedAt")).forEach(d -> {
      if (d.getDate("parkedAt") != null) {
        deferred.waited(SLA_ALERT.equals(d.getString("type")) ? "sla-alert" : "activity",
            Duration.between(d.getDate("parkedAt").toInstant(), now));
      }
    });
    events.deleteMany(eq("caseId", caseId));
  }

  private static CaseOccurrence occurrence(Document d) {
    return SLA_ALERT.equals(d.getString("type")) ? alert(d) : activity(d);
  }

  private static CaseEvent activity(Document d) {
    String newPriority = d.getString("newPriority");
    return new CaseEvent(d.getString("eventId"), instant(d.getDate("occurredAt")), d.getString("caseId"),
        d.getString("caseNumber"), CaseEvent.Kind.valueOf(d.getString("kind")), d.getString("caseStatus"),
        d.getString("publicResponse"), newPriority == null ? null : Priority.valueOf(newPriority));
  }

  private static SlaAlert alert(Document d) {
    return new SlaAlert(d.getString("tenantId"), d.getString("eventId"), d.getString("caseId"),
        d.getString("caseNumber"), Priority.valueOf(d.getString("priority")), d.getString("clock"),
        d.getBoolean("breached"), instant(d.getDate("deadline")));
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  private static Instant instant(Date at) {
    return at == null ? null : at.toInstant();
  }
}
