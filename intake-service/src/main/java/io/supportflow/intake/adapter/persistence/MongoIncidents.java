package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.incidents.Incidents;
import io.supportflow.intake.domain.incident.Incident;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The tenants' major incidents, one document each: the incident, its notices pending announcement
 * ({@code pending}, counted in {@code pendingCount} for the relay and the backlog gauge) and the linked cases still to resolve ({@code toResolve}). Every filter is built from typed
 * values; filters keyed by _id are flat documents (see {@link MongoCaseFiles}).
 */
public final class MongoIncidents implements Incidents {

  private static final CountedList PENDING = new CountedList("pending");
  private static final CountedList TO_RESOLVE = new CountedList("toResolve");

  private final MongoCollection<Document> incidents;

  public MongoIncidents(MongoDatabase database) {
    this.incidents = database.getCollection("incidents");
    incidents.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "open"), Indexes.descending("openedAt")));
    incidents.createIndex(Indexes.ascending(PENDING.count()));
    incidents.createIndex(Indexes.ascending(TO_RESOLVE.count()));
  }

  @Override
  public void insert(Incident incident) {
    Document d = IncidentDocuments.fields(incident);
    d.put("_id", incident.incidentId());
    d.put("updatedAt", new Date());
    incidents.insertOne(TO_RESOLVE.emptyIn(PENDING.emptyIn(d)));
  }

  @Override
  public Optional<Incident> byId(String tenantId, String incidentId) {
    return Optional.ofNullable(incidents.find(new Document("_id", incidentId).append("tenantId", tenantId)).first())
        .map(IncidentDocuments::incident);
  }

  @Override
  public List<Incident> ofTenant(String tenantId, boolean openOnly, int limit) {
    Bson filter = openOnly ? and(eq("tenantId", tenantId), eq("open", true)) : eq("tenantId", tenantId);
    return incidents.find(filter).sort(Sorts.descending("openedAt")).limit(limit)
        .map(IncidentDocuments::incident).into(new ArrayList<>());
  }

  @Override
  public Save save(Incident before, Incident.Change change) {
    List<Bson> updates = new ArrayList<>();
    IncidentDocuments.fields(change.after()).forEach((field, value) -> updates.add(Updates.set(field, value)));
    updates.add(Updates.set("updatedAt", new Date()));
    if (!change.notices().isEmpty()) {
      updates.add(PENDING.addAll(change.notices().stream().map(IncidentDocuments::notice).toList()));
    }
    if (!change.casesToResolve().isEmpty()) {
      updates.add(TO_RESOLVE.addAll(change.casesToResolve()));
    }
    long modified = incidents.updateOne(
        new Document("_id", before.incidentId()).append("revision", before.revision()),
        Updates.combine(updates)).getModifiedCount();
    return modified == 1 ? Save.SAVED : Save.STALE;
  }

  @Override
  public void markAnnounced(String incidentId, String eventId) {
    PENDING.takeWhere(incidents, incidentId, "eventId", eventId);
  }

  @Override
  public List<PendingNotice> unannouncedBefore(Instant cutoff, int limit) {
    List<PendingNotice> due = new ArrayList<>();
    for (Document d : incidents.find(PENDING.nonEmpty()).limit(limit)) {
      for (Document pending : d.getList("pending", Document.class, List.of())) {
        var notice = IncidentDocuments.notice(pending);
        if (notice.at().isBefore(cutoff)) {
          due.add(new PendingNotice(d.getString("tenantId"), notice));
        }
      }
      if (due.size() >= limit) {
        break;
      }
    }
    return due.size() > limit ? due.subList(0, limit) : due;
  }

  @Override
  public void markCaseResolved(String incidentId, String caseId) {
    TO_RESOLVE.take(incidents, incidentId, caseId);
  }

  @Override
  public List<Resolving> resolvingBefore(Instant cutoff, int limit) {
    List<Resolving> due = new ArrayList<>();
    for (Document d : incidents.find(TO_RESOLVE.nonEmpty()).limit(limit)) {
      Incident incident = IncidentDocuments.incident(d);
      if (incident.resolvedAt() != null && incident.resolvedAt().isBefore(cutoff)) {
        due.add(new Resolving(incident, d.getList("toResolve", String.class, List.of())));
      }
    }
    return due;
  }
}
