package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.ActivityOnCase;
import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.tracing.CaseTraces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The live side of the case documents: status, priority, thread. Every filter is built from typed
 * values (never from a caller's JSON), so no operator can be smuggled into a query. Filters keyed
 * by _id are flat documents rather than Filters.and's $and, and {_id, tenantId} is also a unique
 * index: mongo-java-server (the local stack) serves a filter from an index only when its keys are
 * exactly an index's, and scans every case otherwise. On MongoDB the extra index is small and unused.
 */
public final class MongoCaseFiles implements CaseFiles {

  private static final List<String> ACTIVE =
      List.of(CaseStatus.NEW.name(), CaseStatus.OPEN.name(), CaseStatus.ON_HOLD.name());

  private static final CountedList UNANNOUNCED = new CountedList("unannounced");

  private final MongoCollection<Document> cases;
  private final CaseTraces traces;

  /** @param traces each activity keeps the traceparent of the request that records it, for the relay */
  public MongoCaseFiles(MongoDatabase database, CaseTraces traces) {
    this.cases = database.getCollection("cases");
    this.traces = traces;
    cases.createIndex(Indexes.ascending("tenantId", "threadKeys"));
    cases.createIndex(Indexes.ascending("tenantId", "correlationKey"));
    cases.createIndex(Indexes.ascending(UNANNOUNCED.count()));
    cases.createIndex(Indexes.ascending("_id", "tenantId"), new IndexOptions().unique(true).name("_id_tenantId"));
  }

  @Override
  public Optional<CaseFile> byNumber(String tenantId, String caseNumber) {
    return first(and(eq("tenantId", tenantId), eq("caseNumber", caseNumber)));
  }

  @Override
  public Optional<CaseFile> byId(String tenantId, String caseId) {
    return first(new Document("_id", caseId).append("tenantId", tenantId));
  }

  @Override
  public Optional<CaseFile> byThreadKey(String tenantId, List<String> threadKeys) {
    return first(and(eq("tenantId", tenantId), in("threadKeys", threadKeys)));
  }

  @Override
  public Optional<CaseFile> activeAlertCase(String tenantId, String fingerprint) {
    Document d = cases.find(and(eq("tenantId", tenantId), eq("correlationKey", fingerprint),
            eq("channel", Channel.MONITORING.name()), in("status", ACTIVE)))
        .sort(Sorts.descending("receivedAt")).first();
    return Optional.ofNullable(d).map(MongoCaseFiles::named);
  }

  @Override
  public Append append(CaseFile file, CaseActivity activity, Priority priorityAfter, String dedupKey) {
    Document conditions = atRevision(new Document("_id", file.caseId()), file.revision());
    if (dedupKey != null) {
      conditions.append("threadKeys", new Document("$nin", List.of(dedupKey)));
    }
    List<Bson> changes = new ArrayList<>(List.of(
        Updates.set("status", activity.statusAfter().name()),
        Updates.set("priority", priorityAfter.name()),
        Updates.set("revision", file.revision() + 1),
        Updates.push("activities", CaseDocuments.activity(activity).append("traceparent", traces.currentTraceparent())),
        UNANNOUNCED.add(activity.eventId())));
    if (dedupKey != null) {
      changes.add(Updates.addToSet("threadKeys", dedupKey));
    }
    if (cases.updateOne(conditions, Updates.combine(changes)).getModifiedCount() == 1) {
      return Append.APPENDED;
    }
    boolean duplicate = dedupKey != null
        && cases.find(new Document("_id", file.caseId()).append("threadKeys", dedupKey)).first() != null;
    return duplicate ? Append.DUPLICATE : Append.STALE;
  }

  /** Cases stored before activities existed have no revision field: they are at revision 0. */
  private static Document atRevision(Document filter, long revision) {
    return revision == 0
        ? filter.append("$or", List.of(
            new Document("revision", 0L), new Document("revision", new Document("$exists", false))))
        : filter.append("revision", revision);
  }

  @Override
  public void addParticipants(String tenantId, String caseId, java.util.Collection<String> addresses) {
    List<String> lower = addresses.stream().filter(a -> a != null && !a.isBlank())
        .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    if (!lower.isEmpty()) {
      cases.updateOne(new Document("_id", caseId).append("tenantId", tenantId),
          Updates.addEachToSet("participants", lower));
    }
  }

  @Override
  public void markActivityAnnounced(String caseId, String eventId) {
    UNANNOUNCED.take(cases, caseId, eventId);
  }

  @Override
  public List<ActivityOnCase> unannouncedActivitiesBefore(Instant cutoff, int limit) {
    List<ActivityOnCase> pending = new ArrayList<>();
    for (Document d : cases.find(UNANNOUNCED.nonEmpty()).limit(limit)) {
      List<String> ids = d.getList(UNANNOUNCED.name(), String.class);
      CaseFile file = CaseDocuments.file(d);
      Map<String, String> traceparents = new HashMap<>();
      d.getList("activities", Document.class).forEach(a -> {
        if (a.getString("traceparent") != null) {
          traceparents.put(a.getString("eventId"), a.getString("traceparent"));
        }
      });
      file.thread().stream()
          .filter(a -> ids.contains(a.eventId()) && a.occurredAt().isBefore(cutoff))
          .forEach(a -> pending.add(new ActivityOnCase(file.opened().tenantId(), file.caseId(),
              file.opened().caseNumber().toString(), a, traceparents.get(a.eventId()))));
      if (pending.size() >= limit) {
        break;
      }
    }
    return pending;
  }

  private Optional<CaseFile> first(Bson filter) {
    return Optional.ofNullable(cases.find(filter).first()).map(MongoCaseFiles::named);
  }

  /** The case found is the one the thread works on from now: its log lines name it. */
  private static CaseFile named(Document d) {
    CaseFile file = CaseDocuments.file(d);
    CaseLogContext.name(file.opened().tenantId(), file.caseId(), file.opened().caseNumber().toString());
    return file;
  }
}
