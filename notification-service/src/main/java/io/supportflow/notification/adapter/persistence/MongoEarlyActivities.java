package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.supportflow.notification.application.EarlyActivities;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.Priority;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One document per early activity in "early-activities", _id = caseId/eventId, so a redelivery
 * is kept once; seq is the arrival order within the case. One case's events are handled by one
 * consumer at a time, so counting and inserting need no transaction.
 */
public final class MongoEarlyActivities implements EarlyActivities {

  private final MongoCollection<Document> activities;

  public MongoEarlyActivities(MongoDatabase database) {
    this.activities = database.getCollection("early-activities");
    activities.createIndex(Indexes.ascending("caseId", "seq"));
  }

  @Override
  public boolean park(CaseEvent a, int limit) {
    String id = a.caseId() + "/" + a.eventId();
    if (activities.find(eq("_id", id)).first() != null) {
      return true;
    }
    long held = activities.countDocuments(eq("caseId", a.caseId()));
    if (held >= limit) {
      return false;
    }
    try {
      activities.insertOne(new Document("_id", id)
          .append("caseId", a.caseId())
          .append("seq", held)
          .append("eventId", a.eventId())
          .append("occurredAt", a.occurredAt() == null ? null : Date.from(a.occurredAt()))
          .append("caseNumber", a.caseNumber())
          .append("kind", a.kind().name())
          .append("caseStatus", a.caseStatus())
          .append("publicResponse", a.publicResponse())
          .append("newPriority", a.newPriority() == null ? null : a.newPriority().name()));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    return true;
  }

  @Override
  public List<CaseEvent> of(String caseId) {
    List<CaseEvent> found = new ArrayList<>();
    activities.find(eq("caseId", caseId)).sort(Sorts.ascending("seq")).forEach(d -> {
      Date occurredAt = d.getDate("occurredAt");
      String newPriority = d.getString("newPriority");
      found.add(new CaseEvent(d.getString("eventId"), occurredAt == null ? null : occurredAt.toInstant(),
          caseId, d.getString("caseNumber"), CaseEvent.Kind.valueOf(d.getString("kind")), d.getString("caseStatus"),
          d.getString("publicResponse"), newPriority == null ? null : Priority.valueOf(newPriority)));
    });
    return found;
  }

  @Override
  public void clear(String caseId) {
    activities.deleteMany(eq("caseId", caseId));
  }
}
