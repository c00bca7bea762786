package io.supportflow.intake.adapter.persistence;

import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.incident.Incident;
import io.supportflow.intake.domain.incident.IncidentActivityKind;
import io.supportflow.intake.domain.incident.IncidentNotice;
import io.supportflow.intake.domain.incident.IncidentStatus;
import io.supportflow.intake.domain.incident.IncidentUpdate;
import io.supportflow.intake.domain.incident.LinkReason;
import io.supportflow.intake.domain.incident.LinkedCase;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** The one document an incident is stored as (with its pending notices), to and from the domain. */
final class IncidentDocuments {

  private IncidentDocuments() {}

  /** The incident's own fields, as {@code $set} writes them (the outbox fields are not among them). */
  static Document fields(Incident i) {
    return new Document("tenantId", i.tenantId())
        .append("title", i.title())
        .append("status", i.status().name())
        .append("open", i.open())
        .append("openedAt", Date.from(i.openedAt()))
        .append("openedBy", i.openedBy())
        .append("origin", i.origin().name())
        .append("cases", i.cases().stream().map(IncidentDocuments::linked).toList())
        .append("updates", i.updates().stream().map(IncidentDocuments::update).toList())
        .append("resolvedAt", date(i.resolvedAt()))
        .append("revision", i.revision());
  }

  static Incident incident(Document d) {
    return new Incident(d.getString("_id"), d.getString("tenantId"), d.getString("title"),
        IncidentStatus.valueOf(d.getString("status")), d.getDate("openedAt").toInstant(), d.getString("openedBy"),
        LinkReason.valueOf(d.getString("origin")),
        d.getList("cases", Document.class, List.of()).stream().map(IncidentDocuments::linked).toList(),
        d.getList("updates", Document.class, List.of()).stream().map(IncidentDocuments::update).toList(),
        instant(d.getDate("resolvedAt")), ((Number) d.get("revision")).longValue());
  }

  private static Document linked(LinkedCase c) {
    return new Document("caseId", c.caseId())
        .append("caseNumber", c.caseNumber())
        .append("reporter", reporter(c.reporter()))
        .append("fingerprint", c.fingerprint())
        .append("linkedAt", Date.from(c.linkedAt()))
        .append("linkedBy", c.linkedBy())
        .append("reason", c.reason().name());
  }

  private static LinkedCase linked(Document d) {
    return new LinkedCase(d.getString("caseId"), d.getString("caseNumber"), reporter(d.get("reporter", Document.class)),
        d.getString("fingerprint"), d.getDate("linkedAt").toInstant(), d.getString("linkedBy"),
        LinkReason.valueOf(d.getString("reason")));
  }

  private static Document update(IncidentUpdate u) {
    return new Document("updateId", u.updateId())
        .append("at", Date.from(u.at()))
        .append("actor", u.actor())
        .append("message", u.message())
        .append("statusAfter", u.statusAfter().name())
        .append("previousStatus", u.previousStatus() == null ? null : u.previousStatus().name());
  }

  private static IncidentUpdate update(Document d) {
    return new IncidentUpdate(d.getString("updateId"), d.getDate("at").toInstant(), d.getString("actor"),
        d.getString("message"), IncidentStatus.valueOf(d.getString("statusAfter")), status(d.getString("previousStatus")));
  }

  static Document notice(IncidentNotice n) {
    return new Document("eventId", n.eventId())
        .append("incidentEventId", n.incidentEventId())
        .append("kind", n.kind().name())
        .append("incidentId", n.incidentId())
        .append("caseId", n.caseId())
        .append("caseNumber", n.caseNumber())
        .append("reporter", reporter(n.reporter()))
        .append("at", Date.from(n.at()))
        .append("actor", n.actor())
        .append("title", n.title())
        .append("status", n.status().name())
        .append("previousStatus", n.previousStatus() == null ? null : n.previousStatus().name())
        .append("message", n.message())
        .append("linkReason", n.linkReason() == null ? null : n.linkReason().name())
        .append("linkedCases", n.linkedCases());
  }

  static IncidentNotice notice(Document d) {
    String reason = d.getString("linkReason");
    return new IncidentNotice(d.getString("eventId"), d.getString("incidentEventId"),
        IncidentActivityKind.valueOf(d.getString("kind")), d.getString("incidentId"), d.getString("caseId"),
        d.getString("caseNumber"), reporter(d.get("reporter", Document.class)), d.getDate("at").toInstant(),
        d.getString("actor"), d.getString("title"), IncidentStatus.valueOf(d.getString("status")),
        status(d.getString("previousStatus")), d.getString("message"), reason == null ? null : LinkReason.valueOf(reason),
        ((Number) d.get("linkedCases")).intValue());
  }

  private static Document reporter(Reporter r) {
    return new Document("name", r.name()).append("email", r.email()).append("phone", r.phone());
  }

  private static Reporter reporter(Document d) {
    return d == null ? new Reporter(null, null, null)
        : new Reporter(d.getString("name"), d.getString("email"), d.getString("phone"));
  }

  private static IncidentStatus status(String name) {
    return name == null ? null : IncidentStatus.valueOf(name);
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
