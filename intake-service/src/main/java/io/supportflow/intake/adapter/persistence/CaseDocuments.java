package io.supportflow.intake.adapter.persistence;

import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SupportCase;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** The one document a case is stored as, to and from the domain. */
final class CaseDocuments {

  private CaseDocuments() {}

  /** @param traceparent the W3C traceparent of the request that opens the case; null: none */
  static Document of(OpenedCase opened, String traceparent) {
    SupportCase c = opened.supportCase();
    List<String> threadKeys = opened.originKey() == null ? List.of() : List.of(opened.originKey());
    return new Document("_id", c.caseId())
        .append("tenantId", c.tenantId())
        .append("caseNumber", c.caseNumber().toString())
        .append("caseNumberPrefix", c.caseNumber().prefix())
        .append("caseSequence", c.caseNumber().sequence())
        .append("channel", c.channel().name())
        .append("status", c.status().name())
        .append("priority", c.priority().name())
        .append("openingPriority", c.priority().name())
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
        .append("customerId", c.customerId())
        .append("customerHint", c.customerHint())
        .append("category", c.category())
        .append("attachments", attachments(c.attachments()))
        .append("requestEventId", opened.requestEventId())
        .append("correlationKey", opened.correlationKey())
        .append("originKey", opened.originKey())
        .append("threadKeys", threadKeys)
        .append("participants", c.reporter().email() == null ? List.of() : List.of(c.reporter().email()))
        .append("revision", 0L)
        .append("activities", List.of())
        .append("unannounced", List.of())
        .append("unannouncedCount", 0)
        .append("announced", false)
        .append("traceparent", traceparent);
  }

  static OpenedCase opened(Document d) {
    Document r = d.get("reporter", Document.class);
    String opening = d.getString("openingPriority") != null ? d.getString("openingPriority") : d.getString("priority");
    SupportCase c = new SupportCase(
        d.getString("_id"),
        d.getString("tenantId"),
        new CaseNumber(d.getString("caseNumberPrefix"), ((Number) d.get("caseSequence")).longValue()),
        Channel.valueOf(d.getString("channel")),
        CaseStatus.NEW,
        Priority.valueOf(opening),
        d.getString("statedSeverity"),
        new Reporter(r.getString("name"), r.getString("email"), r.getString("phone")),
        d.getString("subject"),
        d.getString("description"),
        d.getString("product"),
        d.getString("version"),
        d.getString("language"),
        d.getDate("receivedAt").toInstant(),
        d.getString("customerId"),
        d.getString("customerHint"),
        d.getString("category"),
        fromDocuments(d.getList("attachments", Document.class)));
    return new OpenedCase(c, d.getString("requestEventId"), d.getString("correlationKey"), d.getString("originKey"),
        d.getString("traceparent"));
  }

  static CaseFile file(Document d) {
    List<CaseActivity> thread = new ArrayList<>();
    List<Document> activities = d.getList("activities", Document.class);
    if (activities != null) {
      activities.forEach(a -> thread.add(activity(a)));
    }
    List<String> keys = d.getList("threadKeys", String.class);
    Set<String> threadKeys = keys == null ? Set.of() : new HashSet<>(keys);
    List<String> participants = d.getList("participants", String.class);
    return new CaseFile(opened(d).supportCase(), CaseStatus.valueOf(d.getString("status")),
        Priority.valueOf(d.getString("priority")), revision(d), thread, threadKeys,
        participants == null ? Set.of() : new HashSet<>(participants));
  }

  /** Cases stored before activities existed carry no revision: they are at revision 0. */
  static long revision(Document d) {
    Object revision = d.get("revision");
    return revision == null ? 0L : ((Number) revision).longValue();
  }

  static Document activity(CaseActivity a) {
    return new Document("eventId", a.eventId())
        .append("kind", a.kind().name())
        .append("at", Date.from(a.occurredAt()))
        .append("actor", a.actor())
        .append("visibleToCustomer", a.visibleToCustomer())
        .append("previousPriority", a.previousPriority() == null ? null : a.previousPriority().name())
        .append("newPriority", a.newPriority() == null ? null : a.newPriority().name())
        .append("customerConsent", a.customerConsent())
        .append("reason", a.reason())
        .append("message", a.message())
        .append("channel", a.channel())
        .append("correlationKey", a.correlationKey())
        .append("attachments", attachments(a.attachments()))
        .append("statusAfter", a.statusAfter().name());
  }

  static CaseActivity activity(Document a) {
    return new CaseActivity(
        a.getString("eventId"),
        ActivityKind.valueOf(a.getString("kind")),
        a.getDate("at").toInstant(),
        a.getString("actor"),
        Boolean.TRUE.equals(a.getBoolean("visibleToCustomer")),
        a.getString("previousPriority") == null ? null : Priority.valueOf(a.getString("previousPriority")),
        a.getString("newPriority") == null ? null : Priority.valueOf(a.getString("newPriority")),
        Boolean.TRUE.equals(a.getBoolean("customerConsent")),
        a.getString("reason"),
        a.getString("message"),
        a.getString("channel"),
        a.getString("correlationKey"),
        fromDocuments(a.getList("attachments", Document.class)),
        CaseStatus.valueOf(a.getString("statusAfter")));
  }

  private static List<Document> attachments(List<Attachment> attachments) {
    return attachments.stream()
        .map(f -> new Document("id", f.id()).append("name", f.name()).append("size", f.size())
            .append("contentType", f.contentType()).append("declaredType", f.declaredType()))
        .toList();
  }

  private static List<Attachment> fromDocuments(List<Document> documents) {
    if (documents == null) {
      return List.of();
    }
    return documents.stream()
        .map(f -> new Attachment(f.getString("id"), f.getString("name"), ((Number) f.get("size")).longValue(),
            f.getString("contentType"), f.getString("declaredType"), null))
        .toList();
  }
}
