package io.supportflow.timeline.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A case as a service that replays it keeps it: one document, _id the case id, with the decisions
 * (each recorded only when its version is higher than the newest held), the activities (each once
 * per event id) and the ids of what was published.
 *
 * <p>A guarded write reads the case by _id, decides in memory whether there is anything to
 * record, and writes with the filter {@code {_id, version}}, incrementing the version; a write that
 * matches nothing lost a race and is tried again on a fresh read, and a first write is an insert
 * that collides on _id. Every filter is exactly the keys of a unique index ({@code _id}, or
 * {@code (_id, version)}), because mongo-java-server (the local stack) serves a query from an index
 * only then and scans the whole collection otherwise: a guard in the filter ({@code terms: null},
 * {@code activities.eventId: {$ne}}) made every event of every case an O(cases) scan there. On
 * MongoDB the extra index is small and unused.
 */
public final class MongoCaseTimelines {

  // Writers of one case are one partition's owner, and briefly a zombie after a rebalance: a few
  // rounds settle any race; more means something else writes the case.
  private static final int MAX_ROUNDS = 10;

  private final MongoCollection<Document> cases;

  public MongoCaseTimelines(MongoCollection<Document> cases) {
    this.cases = cases;
    cases.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("_id_version"));
  }

  public Optional<Document> find(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first());
  }

  /** Sets the fields (which include "terms") unless the case has terms already. */
  public void recordTerms(String caseId, Map<String, Object> fields) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Document current = cases.find(eq("_id", caseId)).projection(Projections.include("version", "terms")).first();
      if (current == null) {
        if (inserted(new Document("_id", caseId).append("version", 1L), fields)) {
          return;
        }
      } else if (current.get("terms") != null
          || updated(current, Updates.combine(fields.entrySet().stream()
              .map(f -> Updates.set(f.getKey(), f.getValue())).toList()))) {
        return;
      }
    }
    throw changingUnderfoot(caseId);
  }

  /**
   * Records a decision of the given version unless the case holds one of that version or higher
   * (a redelivery, or an older decision arriving after a newer one): the fields the function makes
   * of the case as stored (null when there is none yet) are set, and "decisionVersion" with them.
   * A case stored before decisions had versions holds version 1 when it has terms, else none.
   *
   * @return whether the decision was recorded
   */
  public boolean recordDecision(String caseId, int decisionVersion, Function<Document, Map<String, Object>> fieldsOf) {
    return recordAlone(new DecisionChange(caseId, decisionVersion, fieldsOf));
  }

  /** The version of the newest decision a stored case holds: 1 for one stored before versions, 0 for none. */
  public static int heldDecisionVersion(Document stored) {
    Object held = stored.get("decisionVersion");
    if (held instanceof Number n) {
      return n.intValue();
    }
    return stored.get("terms") != null ? 1 : 0;
  }

  /** Appends the activity unless one with that event id is recorded; onInsert fields start a new case. */
  public void recordActivity(String caseId, String eventId, Document activity, Map<String, Object> onInsert) {
    recordAlone(new ActivityChange(caseId, eventId, activity, onInsert));
  }

  public void recordPublished(String caseId, Collection<String> ids) {
    cases.updateOne(eq("_id", caseId), Updates.addEachToSet("published", List.copyOf(ids)));
  }

  /** What a poll brings to record: a decision or an activity, as recordDecision or recordActivity take it. */
  public sealed interface Change {
    String caseId();
  }

  public record DecisionChange(String caseId, int version, Function<Document, Map<String, Object>> fieldsOf)
      implements Change {}

  public record ActivityChange(String caseId, String eventId, Document activity, Map<String, Object> onInsert)
      implements Change {}

  /**
   * Records a poll's changes with one read of the cases they touch and one write: each case's
   * changes are applied in order in memory, as recordDecision and recordActivity apply them, and
   * the fields they changed are written with the filter {@code {_id, version}} (a new case is
   * inserted). Should any write lose a race, every change is recorded again one at a time, where
   * those stored already change nothing. Returns the touched cases as stored after, by _id.
   */
  public Map<String, Document> recordAll(List<? extends Change> changes) {
    Set<String> ids = new LinkedHashSet<>();
    changes.forEach(c -> ids.add(c.caseId()));
    Map<String, Document> stored = findAll(ids);
    Map<String, Document> after = new LinkedHashMap<>();
    for (Change change : changes) {
      String id = change.caseId();
      Document current = after.containsKey(id) ? after.get(id)
          : stored.containsKey(id) ? new Document(stored.get(id)) : null;
      after.put(id, applied(change, current));
    }
    List<WriteModel<Document>> writes = new ArrayList<>();
    after.forEach((id, document) -> writeOf(stored.get(id), document).ifPresent(writes::add));
    if (writes.isEmpty() || allWritten(writes)) {
      return after;
    }
    changes.forEach(this::recordAlone);
    return findAll(ids);
  }

  /** The stored cases with these ids, by _id, in one read. */
  public Map<String, Document> findAll(Collection<String> caseIds) {
    Map<String, Document> found = new LinkedHashMap<>();
    cases.find(in("_id", caseIds)).forEach(d -> found.put(d.getString("_id"), d));
    return found;
  }

  /** The ids each case published, in one write. */
  public void recordPublished(Map<String, ? extends Collection<String>> idsByCase) {
    if (!idsByCase.isEmpty()) {
      cases.bulkWrite(idsByCase.entrySet().stream()
          .<WriteModel<Document>>map(e -> new UpdateOneModel<>(eq("_id", e.getKey()),
              Updates.addEachToSet("published", List.copyOf(e.getValue()))))
          .toList(), new BulkWriteOptions().ordered(false));
    }
  }

  private static Document applied(Change change, Document current) {
    return switch (change) {
      case DecisionChange d -> {
        if (current != null && d.version() <= heldDecisionVersion(current)) {
          yield current;
        }
        Document decided = current == null ? new Document("_id", d.caseId()).append("version", 1L) : current;
        decided.putAll(d.fieldsOf().apply(current));
        decided.put("decisionVersion", d.version());
        yield decided;
      }
      case ActivityChange a -> {
        Document recorded = new Document(a.activity()).append("eventId", a.eventId());
        if (current == null) {
          Document first = new Document("_id", a.caseId()).append("version", 1L);
          first.putAll(a.onInsert());
          yield first.append("activities", List.of(recorded));
        }
        if (!hasActivity(current, a.eventId())) {
          List<Document> activities = new ArrayList<>(current.getList("activities", Document.class, List.of()));
          activities.add(recorded);
          current.put("activities", activities);
        }
        yield current;
      }
    };
  }

  /**
   * The write that takes the stored case (null: none) to the document after, which then holds the
   * version written; none when nothing changed.
   */
  private static Optional<WriteModel<Document>> writeOf(Document stored, Document after) {
    if (stored == null) {
      return Optional.of(new InsertOneModel<>(after));
    }
    List<Bson> sets = new ArrayList<>();
    after.forEach((name, value) -> {
      if (!UNCHANGED_BY_RECORDS.contains(name) && !Objects.equals(value, stored.get(name))) {
        sets.add(Updates.set(name, value));
      }
    });
    if (sets.isEmpty()) {
      return Optional.empty();
    }
    Object version = stored.get("version");
    after.put("version", version instanceof Number n ? n.longValue() + 1 : 1L);
    sets.add(Updates.inc("version", 1L));
    return Optional.of(new UpdateOneModel<>(new Document("_id", stored.get("_id")).append("version", version),
        Updates.combine(sets)));
  }

  // _id and version are the filter; published ids are added by the replay, never by a record.
  private static final Set<String> UNCHANGED_BY_RECORDS = Set.of("_id", "version", "published");

  private boolean allWritten(List<WriteModel<Document>> writes) {
    try {
      BulkWriteResult result = cases.bulkWrite(writes, new BulkWriteOptions().ordered(false));
      return result.getMatchedCount() + result.getInsertedCount() == writes.size();
    } catch (MongoBulkWriteException e) {
      if (e.getWriteErrors().stream().anyMatch(w -> ErrorCategory.fromErrorCode(w.getCode())
          != ErrorCategory.DUPLICATE_KEY)) {
        throw e;
      }
      return false; // a case inserted meanwhile
    }
  }

  /**
   * One change, as a poll's changes are applied and written, on a fresh read until its write is not
   * lost to a race; whether it changed the case.
   */
  private boolean recordAlone(Change change) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Document stored = cases.find(eq("_id", change.caseId())).first();
      Optional<WriteModel<Document>> write = writeOf(stored, applied(change, stored == null ? null : new Document(stored)));
      if (write.isEmpty()) {
        return false;
      }
      if (allWritten(List.of(write.get()))) {
        return true;
      }
    }
    throw changingUnderfoot(change.caseId());
  }

  private boolean inserted(Document document, Map<String, Object> fields) {
    Document complete = new Document(document);
    complete.putAll(fields);
    try {
      cases.insertOne(complete);
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return false; // written meanwhile: read again
    }
  }

  /** The write, if the case is still at the version read; a case from before versions has none (null). */
  private boolean updated(Document current, Bson update) {
    Document atVersion = new Document("_id", current.get("_id")).append("version", current.get("version"));
    List<Bson> updates = new ArrayList<>(List.of(update, Updates.inc("version", 1L)));
    return cases.updateOne(atVersion, Updates.combine(updates)).getMatchedCount() == 1;
  }

  private static boolean hasActivity(Document current, String eventId) {
    List<Document> activities = current.getList("activities", Document.class, List.of());
    return activities.stream().anyMatch(a -> eventId.equals(a.getString("eventId")));
  }

  private static IllegalStateException changingUnderfoot(String caseId) {
    return new IllegalStateException("case " + caseId + " changed under " + MAX_ROUNDS + " writes in a row");
  }
}
