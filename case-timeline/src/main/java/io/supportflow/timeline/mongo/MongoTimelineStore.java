package io.supportflow.timeline.mongo;

import com.mongodb.client.MongoCollection;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.CaseTimelines;
import io.supportflow.timeline.Decision;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.ReportedActivity;
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
 * document per case, _id the case id, the decision's facts and terms set once, an activity once
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

  @Override
  public void recordTerms(Decision<T> d) {
    timelines.recordTerms(d.caseId(), fields(
        "tenantId", d.tenantId(),
        "caseNumber", d.caseNumber(),
        "customerId", d.customerId(),
        "partition", d.partition(),
        "priority", d.priority().name(),
        "receivedAt", Date.from(d.receivedAt()),
        "terms", terms.write(d.terms())));
  }

  @Override
  public void recordActivity(ReportedActivity r) {
    Activity a = r.activity();
    timelines.recordActivity(r.caseId(), r.eventId(), new Document("eventId", r.eventId())
            .append("at", Date.from(a.at()))
            .append("kind", a.kind().name())
            .append("newPriority", a.newPriority() == null ? null : a.newPriority().name()),
        fields("tenantId", r.tenantId(), "caseNumber", r.caseNumber(), "partition", r.partition()));
  }

  @Override
  public void recordPublished(String caseId, Collection<String> ids) {
    timelines.recordPublished(caseId, ids);
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
        new HashSet<>(d.getList("published", String.class, List.of())));
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
