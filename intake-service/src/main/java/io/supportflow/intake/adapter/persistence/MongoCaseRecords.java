package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.supportflow.intake.application.CaseNumberTakenException;
import io.supportflow.intake.application.CaseRecords;
import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SupportCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Case records, one document per case; `announced` false marks a pending announcement. */
public final class MongoCaseRecords implements CaseRecords {

  private final MongoCollection<Document> cases;

  public MongoCaseRecords(MongoDatabase database) {
    this.cases = database.getCollection("cases");
    cases.createIndex(Indexes.ascending("tenantId", "caseNumber"), new IndexOptions().unique(true));
    cases.createIndex(Indexes.ascending("announced", "receivedAt"));
  }

  @Override
  public void recordNew(OpenedCase opened) {
    SupportCase c = opened.supportCase();
    try {
      cases.insertOne(document(opened));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        throw new CaseNumberTakenException(c.caseNumber().toString());
      }
      throw e;
    }
  }

  private static Document document(OpenedCase opened) {
    SupportCase c = opened.supportCase();
    return new Document("_id", c.caseId())
        .append("tenantId", c.tenantId())
        .append("caseNumber", c.caseNumber().toString())
        .append("caseNumberPrefix", c.caseNumber().prefix())
        .append("caseSequence", c.caseNumber().sequence())
        .append("channel", c.channel().name())
        .append("status", c.status().name())
        .append("priority", c.priority().name())
        .append("statedSeverity", c.statedSeverity())
        .append("reporter", new Document("name", c.reporter().name())
            .append("email", c.reporter().email())
            .append("phone", c.reporter().phone()))
        .append("subject", c.subject())
        .append("description", c.description())
        .append("product", c.product())
        .append("version", c.version())
        .append("language", c.language())
        .append("receivedAt", Date.from(c.receivedAt()))
        .append("requestEventId", opened.requestEventId())
        .append("correlationKey", opened.correlationKey())
        .append("announced", false);
  }

  @Override
  public void markAnnounced(String caseId, Instant at) {
    cases.updateOne(eq("_id", caseId),
        Updates.combine(Updates.set("announced", true), Updates.set("announcedAt", Date.from(at))));
  }

  @Override
  public List<OpenedCase> unannouncedBefore(Instant cutoff, int limit) {
    List<OpenedCase> pending = new ArrayList<>();
    cases.find(and(eq("announced", false), lt("receivedAt", Date.from(cutoff))))
        .sort(Sorts.ascending("receivedAt"))
        .limit(limit)
        .forEach(d -> pending.add(opened(d)));
    return pending;
  }

  private static OpenedCase opened(Document d) {
    Document r = d.get("reporter", Document.class);
    SupportCase c = new SupportCase(
        d.getString("_id"),
        d.getString("tenantId"),
        new CaseNumber(d.getString("caseNumberPrefix"), ((Number) d.get("caseSequence")).longValue()),
        Channel.valueOf(d.getString("channel")),
        CaseStatus.valueOf(d.getString("status")),
        Priority.valueOf(d.getString("priority")),
        d.getString("statedSeverity"),
        new Reporter(r.getString("name"), r.getString("email"), r.getString("phone")),
        d.getString("subject"),
        d.getString("description"),
        d.getString("product"),
        d.getString("version"),
        d.getString("language"),
        d.getDate("receivedAt").toInstant());
    return new OpenedCase(c, d.getString("requestEventId"), d.getString("correlationKey"));
  }
}
