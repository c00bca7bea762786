package io.supportflow.console.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import io.supportflow.console.application.CaseKey;
import io.supportflow.console.application.CaseViews;
import io.supportflow.console.application.ProjectedCases;
import io.supportflow.console.domain.CaseCursor;
import io.supportflow.console.domain.CasePage;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseSummary;
import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.ComplianceReport;
import io.supportflow.console.domain.ComplianceRow;
import io.supportflow.console.domain.ProjectedCase;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The console's case views in case_views, one document per case (id tenant/case id), written by the
 * projection only, with an optimistic revision; and the queries of the pages and the API on it, all
 * on summary fields the projection stores beside the case so they can use the indexes.
 */
public final class MongoCaseViews implements CaseViews, ProjectedCases {

  private final MongoCollection<Document> views;

  public MongoCaseViews(MongoDatabase database) {
    this.views = database.getCollection("case_views");
    views.createIndex(Indexes.ascending("tenantId", "caseNumber"));
    views.createIndex(Indexes.ascending("tenantId", "deadlineKey", "caseNumber"));
    views.createIndex(Indexes.ascending("tenantId", "receivedKey", "caseNumber"));
    views.createIndex(Indexes.ascending("tenantId", "updatedAt"));
    views.createIndex(Indexes.ascending("tenantId", "months"));
    // The save's filter is exactly these keys: the wire server of the local stack serves a filter
    // from an index only then (a $and of the two scanned every view on each save).
    views.createIndex(Indexes.ascending("_id", "revision"), new IndexOptions().unique(true).name("_id_revision"));
  }

  @Override
  public Optional<ProjectedCase> byCaseId(String tenantId, String caseId) {
    return Optional.ofNullable(views.find(eq("_id", CaseViewDocuments.id(tenantId, caseId))).first())
        .map(CaseViewDocuments::fromDocument);
  }

  @Override
  public boolean save(ProjectedCase projected) {
    return saveAll(List.of(projected));
  }

  @Override
  public Map<CaseKey, ProjectedCase> byCaseIds(Collection<CaseKey> keys) {
    Map<CaseKey, ProjectedCase> found = new HashMap<>();
    if (!keys.isEmpty()) {
      views.find(in("_id", keys.stream().map(k -> CaseViewDocuments.id(k.tenantId(), k.caseId())).toList()))
          .map(CaseViewDocuments::fromDocument)
          .forEach(c -> found.put(new CaseKey(c.tenantId(), c.caseId()), c));
    }
    return found;
  }

  /**
   * One unordered write for all: an insert for a case not stored yet, else a replace on the revision
   * it was read at. The filter is flat, {_id, revision}, with a unique index on those keys: the wire
   * server of the local stack serves a filter from an index only then.
   */
  @Override
  public boolean saveAll(List<ProjectedCase> projected) {
    if (projected.isEmpty()) {
      return true;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(projected.size());
    for (ProjectedCase each : projected) {
      long read = each.revision();
      Document document = CaseViewDocuments.toDocument(each, read + 1);
      writes.add(read == 0
          ? new InsertOneModel<>(document)
          : new ReplaceOneModel<>(new Document("_id", document.get("_id")).append("revision", read), document));
    }
    try {
      BulkWriteResult result = views.bulkWrite(writes, new BulkWriteOptions().ordered(false));
      return result.getInsertedCount() + result.getMatchedCount() == projected.size();
    } catch (MongoBulkWriteException e) {
      if (e.getWriteErrors().stream()
          .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)) {
        throw e;
      }
      // A case inserted by another writer in between.
      return false;
    }
  }

  @Override
  public Optional<CaseView> byNumber(String tenantId, String caseNumber) {
    return Optional.ofNullable(views.find(and(eq("tenantId", tenantId), eq("caseNumber", caseNumber))).first())
        .map(CaseViewDocuments::fromDocument).map(ProjectedCase::view);
  }

  @Override
  public CasePage search(String tenantId, CaseQuery query, Instant now) {
    Bson filter = filter(tenantId, query, now);
    String keyField = query.sort() == CaseQuery.Sort.NEXT_DEADLINE ? "deadlineKey" : "receivedKey";
    boolean ascending = query.sort() == CaseQuery.Sort.NEXT_DEADLINE;
    Bson page = filter;
    if (query.cursor() != null) {
      CaseCursor after = CaseCursor.decode(query.cursor(), query.sort());
      Bson next = ascending
          ? or(gt(keyField, CaseViewDocuments.date(after.key())),
              and(eq(keyField, CaseViewDocuments.date(after.key())), gt("caseNumber", after.caseNumber())))
          : or(lt(keyField, CaseViewDocuments.date(after.key())),
              and(eq(keyField, CaseViewDocuments.date(after.key())), lt("caseNumber", after.caseNumber())));
      page = and(filter, next);
    }
    Bson sort = ascending ? Sorts.ascending(keyField, "caseNumber") : Sorts.descending(keyField, "caseNumber");
    List<CaseSummary> items = new ArrayList<>();
    views.find(page).sort(sort).limit(query.limit() + 1).map(CaseViewDocuments::summary).into(items);
    String nextCursor = null;
    if (items.size() > query.limit()) {
      items = items.subList(0, query.limit());
      CaseSummary last = items.getLast();
      nextCursor = new CaseCursor(query.sort(), CaseCursor.keyOf(last, query.sort()), last.caseNumber()).encode();
    }
    long total = views.countDocuments(filter);
    long atRisk = views.countDocuments(and(filter, atRisk(now, query)));
    long breached = views.countDocuments(and(filter, eq("breached", true)));
    return new CasePage(items, nextCursor, total, atRisk, breached);
  }

  @Override
  public List<ComplianceRow> compliance(String tenantId, YearMonth from, YearMonth to) {
    ComplianceReport report = new ComplianceReport(from, to);
    List<String> months = Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).map(Object::toString)
        .toList();
    views.find(and(eq("tenantId", tenantId), in("months", months))).map(CaseViewDocuments::fromDocument)
        .forEach(report::add);
    return report.rows();
  }

  /** The summaries of a tenant's cases the projection changed after {@code since}, oldest change first. */
  public List<CaseSummary> changedSince(String tenantId, Instant since) {
    return views.find(and(eq("tenantId", tenantId), gt("updatedAt", CaseViewDocuments.date(since))))
        .sort(Sorts.ascending("updatedAt")).map(CaseViewDocuments::summary).into(new ArrayList<>());
  }

  private static Bson filter(String tenantId, CaseQuery query, Instant now) {
    List<Bson> all = new ArrayList<>();
    all.add(eq("tenantId", tenantId));
    if (!query.statuses().isEmpty()) {
      all.add(in("status", query.statuses()));
    }
    if (!query.priorities().isEmpty()) {
      all.add(in("priority", query.priorities()));
    }
    if (query.customerId() != null) {
      all.add(eq("customerId", query.customerId()));
    }
    if (query.channel() != null) {
      all.add(eq("channel", query.channel()));
    }
    if (query.text() != null) {
      for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
        if (!word.isEmpty()) {
          all.add(regex("text", literal(word)));
        }
      }
    }
    switch (query.risk()) {
      case AT_RISK -> all.add(atRisk(now, query));
      case BREACHED -> all.add(eq("breached", true));
      case ANY -> { }
    }
    return and(all);
  }

  private static Bson atRisk(Instant now, CaseQuery query) {
    return and(eq("breached", false), ne("nextDeadline", null),
        lte("nextDeadline", CaseViewDocuments.date(now.plus(query.atRiskWithin()))));
  }

  /** The word as a pattern matching itself only. */
  private static String literal(String word) {
    StringBuilder pattern = new StringBuilder();
    for (char c : word.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        pattern.append('\\');
      }
      pattern.append(c);
    }
    return pattern.toString();
  }
}
