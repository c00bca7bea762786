package io.supportflow.timeline.mongo;

import com.mongodb.client.MongoCollection;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseInput;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.CaseTimelines;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.ReportedActivity;
import io.supportflow.timeline.TermsSegment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The replayed cases of a service in one collection, through {@link MongoCaseTimelines}: one
 * document per case, _id the case id, the decisions held (each only when newer than the newest
 * held; a document without versions holds its terms as version 1), an activity once
 * per event id ({eventId, at, kind, newPriority}), the ids of what was published. Instants are
 * BSON dates; the terms are the service's own sub-document.
 */
public final class MongoTimelineStore<T> implements CaseTimelines<T> {

  private final MongoCollection<Document> cases;
  private final MongoCaseTimelines timelines;
  private final TermsCodec<T> terms;

  public MongoTimelineStore(MongoCollection<Document> cases, TermsCodec<T> terms) {
    this.cases = cases;
    this.timelines = new MongoCaseTimelines(cases);
    this.terms = terms;
  }

  @Override
  public Optional<CaseTimeline<T>> find(String caseId) {
    return timelines.find(caseId).map(this::timeline);
  }

  /** The cases a query of the service's own (on fields it indexes) finds. */
  public List<CaseTimeline<T>> matching(Bson filter) {
    List<CaseTimeline<T>> found = new ArrayList<>();
    cases.find(filter).forEach(d -> found.add(timeline(d)));
    return found;
  }

  /**
   * The decision, unless the case holds one of that version or higher: appended to "decisions"
   * ({version, from, priority, terms}; a case stored before versions gets its one decision there
   * first, as version 1 from receipt), with the newest decision's customer and terms at the top
   * ("terms" null while it gives none) and the first decision's priority.
   */
  @Override
  public boolean recordTerms(Decision<T> d) {
    MongoCaseTimelines.DecisionChange change = change(d);
    return timelines.recordDecision(change.caseId(), change.version(), change.fieldsOf());
  }

  /** A poll's inputs with one read and one write (MongoCaseTimelines.recordAll). */
  @Override
  public Map<String, CaseTimeline<T>> recordAll(List<CaseInput<T>> inputs) {
    Map<String, CaseTimeline<T>> recorded = new LinkedHashMap<>();
    timelines.recordAll(inputs.stream().map(this::change).toList())
        .forEach((caseId, stored) -> recorded.put(caseId, timeline(stored)));
    return recorded;
  }

  private MongoCaseTimelines.Change change(CaseInput<T> input) {
    return switch (input) {
      case CaseInput.Decided<T> d -> change(d.decision());
      case CaseInput.Reported<T> r -> change(r.reported());
    };
  }

  /**
   * The decision, unless the case holds one of that version or higher: appended to "decisions"
   * ({version, from, priority, terms}; a case stored before versions gets its one decision there
   * first, as version 1 from receipt), with the newest decision's customer and terms at the top
   * ("terms" null while it gives none) and the first decision's priority.
   */
  private MongoCaseTimelines.DecisionChange change(Decision<T> d) {
    return new MongoCaseTimelines.DecisionChange(d.caseId(), d.version(), current -> {
      List<Document> held = current == null ? new ArrayList<>() : new ArrayList<>(segmentDocuments(current));
      held.add(segment(d.version(), d.appliesFrom(), d.priority(), d.terms() == null ? null : terms.write(d.terms())));
      return fields(
          "tenantId", d.tenantId(),
          "caseNumber", d.caseNumber(),
          "customerId", d.customerId(),
          "partition", d.partition(),
          "priority", held.getFirst().getString("priority"),
          "receivedAt", Date.from(d.receivedAt()),
          "terms", held.getLast().get("terms"),
          "decisions", held);
    });
  }

  /** The decisions a stored case holds, as documents: a case stored before versions holds its terms as version 1. */
  private static List<Document> segmentDocuments(Document stored) {
    if (stored.containsKey("decisions")) {
      return stored.getList("decisions", Document.class, List.of());
    }
    if (stored.get("terms") == null || stored.getDate("receivedAt") == null) {
      return List.of();
    }
    return List.of(segment(1, stored.getDate("receivedAt").toInstant(), priority(stored.getString("priority")),
        stored.get("terms", Document.class)));
  }

  private static Document segment(int version, java.time.Instant from, Priority priority, Document terms) {
    return new Document("version", version).append("from", Date.from(from))
        .append("priority", priority == null ? null : priority.name()).append("terms", terms);
  }

  @Override
  public void recordActivity(ReportedActivity r) {
    MongoCaseTimelines.ActivityChange change = change(r);
    timelines.recordActivity(change.caseId(), change.eventId(), change.activity(), change.onInsert());
  }

  private MongoCaseTimelines.ActivityChange change(ReportedActivity r) {
    Activity a = r.activity();
    return new MongoCaseTimelines.ActivityChange(r.caseId(), r.eventId(), new Document("eventId", r.eventId())
            .append("at", Date.from(a.at()))
            .append("kind", a.kind().name())
            .append("newPriority", a.newPriority() == null ? null : a.newPriority().name()),
        fields("tenantId", r.tenantId(), "caseNumber", r.caseNumber(), "partition", r.partition()));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> ids) {
    timelines.recordPublished(caseId, ids);
  }

  @Override
  public void recordPublished(Map<String, List<String>> idsByCase) {
    timelines.recordPublished(idsByCase);
  }

  private CaseTimeline<T> timeline(Document d) {
    Document stored = d.get("terms", Document.class);
    Date received = d.getDate("receivedAt");
    return new CaseTimeline<>(
        d.getString("_id"),
        d.getString("tenantId"),
        d.getString("caseNumber"),
        d.getString("customerId"),
        d.getInteger("partition", 0),
        priority(d.getString("priority")),
        received == null ? null : received.toInstant(),
        stored == null ? null : terms.read(stored),
        d.getList("activities", Document.class, List.of()).stream()
            .map(a -> new CaseTimeline.Entry(a.getString("eventId"), activity(a))).toList(),
        new HashSet<>(d.getList("published", String.class, List.of())),
        segmentDocuments(d).stream().map(this::segment).toList());
  }

  private TermsSegment<T> segment(Document s) {
    Document stored = s.get("terms", Document.class);
    return new TermsSegment<>(s.getInteger("version", 1), s.getDate("from").toInstant(),
        priority(s.getString("priority")), stored == null ? null : terms.read(stored));
  }

  private static Activity activity(Document a) {
    return new Activity(a.getDate("at").toInstant(), Activity.Kind.valueOf(a.getString("kind")),
        priority(a.getString("newPriority")));
  }

  private static Priority priority(String name) {
    return name == null ? null : Priority.valueOf(name);
  }

  /** Name, value, name, value...: nulls allowed, unlike Map.of. */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
