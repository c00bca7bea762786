package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.supportflow.notification.application.NotifiedCases;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.StatusMailPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * One document per case, _id = caseId, in the collection "cases". Documents written before a
 * field existed read with its neutral value: the stored cadence for the stored priority only, the
 * beat from receipt, no priority change yet, no status mails while on hold, no support team of its own,
 * the first decision (version 1), covered when it has status-mail cadences.
 */
public final class MongoNotifiedCases implements NotifiedCases {

  private final MongoCollection<Document> cases;

  public MongoNotifiedCases(MongoDatabase database) {
    this.cases = database.getCollection("cases");
  }

  @Override
  public Optional<NotifiedCase> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(MongoNotifiedCases::fromDocument);
  }

  @Override
  public void save(NotifiedCase c) {
    cases.replaceOne(eq("_id", c.caseId()), toDocument(c), new ReplaceOptions().upsert(true));
  }

  @Override
  public Map<String, NotifiedCase> findAll(Collection<String> caseIds) {
    Map<String, NotifiedCase> found = new LinkedHashMap<>();
    cases.find(in("_id", caseIds)).forEach(d -> found.put(d.getString("_id"), fromDocument(d)));
    return found;
  }

  /** One unordered bulk write of whole-document upserts. */
  @Override
  public void saveAll(Collection<NotifiedCase> changed) {
    if (!changed.isEmpty()) {
      cases.bulkWrite(changed.stream().<WriteModel<Document>>map(c -> new ReplaceOneModel<>(eq("_id", c.caseId()),
          toDocument(c), new ReplaceOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
    }
  }

  private static Document toDocument(NotifiedCase c) {
    StatusMailPlan plan = c.statusMails();
    Document cadences = new Document();
    plan.cadences().forEach((p, d) -> cadences.append(p.name(), d.toMillis()));
    return new Document("_id", c.caseId())
        .append("tenantId", c.tenantId())
        .append("caseNumber", c.caseNumber())
        .append("subject", c.subject())
        .append("reporterName", c.reporterName())
        .append("reporterEmail", c.reporterEmail())
        .append("priority", c.priority().name())
        .append("receivedAt", Date.from(c.receivedAt()))
        .append("zone", c.zone().getId())
        .append("statusCadences", cadences)
        .append("statusMailsWhileOnHold", plan.whileOnHold())
        .append("statusAnchor", Date.from(plan.anchor()))
        .append("statusCadenceMillis", plan.cadence() == null ? null : plan.cadence().toMillis())
        .append("statusNumberedBefore", plan.numberedBefore())
        .append("partition", c.partition())
        .append("status", c.status())
        .append("latestResponse", c.latestResponse())
        .append("onHold", c.onHold())
        .append("resolved", c.resolved())
        .append("priorityChangedAt", c.priorityChangedAt() == null ? null : Date.from(c.priorityChangedAt()))
        .append("supportTeam", c.supportTeam())
        .append("decisionVersion", c.decisionVersion())
        .append("covered", c.covered());
  }

  private static NotifiedCase fromDocument(Document d) {
    Priority priority = Priority.valueOf(d.getString("priority"));
    Instant receivedAt = d.getDate("receivedAt").toInstant();
    Long cadence = d.getLong("statusCadenceMillis");
    Document stored = d.get("statusCadences", Document.class);
    Map<Priority, Duration> cadences = new EnumMap<>(Priority.class);
    if (stored != null) {
      stored.forEach((p, millis) -> cadences.put(Priority.valueOf(p), Duration.ofMillis(((Number) millis).longValue())));
    } else if (cadence != null) {
      cadences.put(priority, Duration.ofMillis(cadence));
    }
    Date anchor = d.getDate("statusAnchor");
    Date priorityChangedAt = d.getDate("priorityChangedAt");
    StatusMailPlan plan = new StatusMailPlan(cadences, d.getBoolean("statusMailsWhileOnHold", false),
        anchor == null ? receivedAt : anchor.toInstant(),
        cadence == null ? null : Duration.ofMillis(cadence), d.getInteger("statusNumberedBefore", 0));
    return new NotifiedCase(
        d.getString("tenantId"), d.getString("_id"), d.getString("caseNumber"), d.getString("subject"),
        d.getString("reporterName"), d.getString("reporterEmail"), priority, receivedAt,
        ZoneId.of(d.getString("zone")), plan, d.getInteger("partition"),
        d.getString("status"), d.getString("latestResponse"), d.getBoolean("onHold", false),
        d.getBoolean("resolved", false), priorityChangedAt == null ? null : priorityChangedAt.toInstant(),
        d.getString("supportTeam"), d.getInteger("decisionVersion", 1),
        // A case stored before re-decisions: covered when it got status mails.
        d.getBoolean("covered", !cadences.isEmpty()));
  }
}
