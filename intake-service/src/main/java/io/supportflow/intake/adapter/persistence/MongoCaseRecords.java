package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.CaseAlreadyRecordedException;
import io.supportflow.intake.application.CaseNumberTakenException;
import io.supportflow.intake.application.CaseRecords;
import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.tracing.CaseTraces;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Case records, one document per case; `announced` false marks a pending announcement. A case keeps
 * the traceparent of the request that opened it, so the relay's late announcement continues that
 * request's trace. Recording or reading a case names it in the thread's log context.
 */
public final class MongoCaseRecords implements CaseRecords {

  private final MongoCollection<Document> cases;
  private final CaseTraces traces;

  public MongoCaseRecords(MongoDatabase database, CaseTraces traces) {
    this.cases = database.getCollection("cases");
    this.traces = traces;
    cases.createIndex(Indexes.ascending("tenantId", "caseNumber"), new IndexOptions().unique(true));
    cases.createIndex(Indexes.ascending("announced", "receivedAt"));
  }

  @Override
  public void recordNew(OpenedCase opened) {
    try {
      cases.insertOne(CaseDocuments.of(opened, traces.currentTraceparent()));
      SupportCase c = opened.supportCase();
      CaseLogContext.name(c.tenantId(), c.caseId(), c.caseNumber().toString());
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        String caseId = opened.supportCase().caseId();
        if (cases.find(eq("_id", caseId)).first() != null) {
          throw new CaseAlreadyRecordedException(caseId);
        }
        throw new CaseNumberTakenException(opened.supportCase().caseNumber().toString());
      }
      throw e;
    }
  }

  @Override
  public void markAnnounced(String caseId, Instant at) {
    cases.updateOne(eq("_id", caseId),
        Updates.combine(Updates.set("announced", true), Updates.set("announcedAt", Date.from(at))));
  }

  /** One bulk write: an update per case, each served by the _id index. */
  @Override
  public void markAllAnnounced(Collection<String> caseIds, Instant at) {
    if (caseIds.isEmpty()) {
      return;
    }
    var announced = Updates.combine(Updates.set("announced", true), Updates.set("announcedAt", Date.from(at)));
    cases.bulkWrite(caseIds.stream().map(caseId -> new UpdateOneModel<Document>(eq("_id", caseId), announced)).toList(),
        new BulkWriteOptions().ordered(false));
  }

  @Override
  public List<OpenedCase> unannouncedBefore(Instant cutoff, int limit) {
    List<OpenedCase> pending = new ArrayList<>();
    cases.find(and(eq("announced", false), lt("receivedAt", Date.from(cutoff))))
        .sort(Sorts.ascending("receivedAt"))
        .limit(limit)
        .forEach(d -> pending.add(CaseDocuments.opened(d)));
    return pending;
  }

  @Override
  public Optional<OpenedCase> byId(String caseId) {
    return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(CaseDocuments::opened)
        .map(opened -> {
          SupportCase c = opened.supportCase();
          CaseLogContext.name(c.tenantId(), c.caseId(), c.caseNumber().toString());
          return opened;
        });
  }
}
