package io.supportflow.console.adapter.persistence;

import io.supportflow.console.domain.CaseCursor;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseSummary;
import io.supportflow.console.domain.CaseView.ClockMoment;
import io.supportflow.console.domain.CaseView.ClockView;
import io.supportflow.console.domain.CaseView.Decision;
import io.supportflow.console.domain.CaseView.EscalationStep;
import io.supportflow.console.domain.CaseView.FileRef;
import io.supportflow.console.domain.CaseView.MailView;
import io.supportflow.console.domain.CaseView.Reporter;
import io.supportflow.console.domain.CaseView.ThreadEntry;
import io.supportflow.console.domain.ComplianceReport;
import io.supportflow.console.domain.ProjectedCase;
import io.supportflow.console.domain.ProjectedCase.Downtime;
import io.supportflow.console.domain.ProjectedCase.SlaClock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/**
 * A projected case as one document of case_views: its whole state, and beside it the summary fields
 * the queries filter and sort on (next deadline, breached, lower-cased text, report months).
 */
final class CaseViewDocuments {

  private CaseViewDocuments() {}

  static String id(String tenantId, String caseId) {
    return tenantId + "/" + caseId;
  }

  static Document toDocument(ProjectedCase c, long revision) {
    CaseSummary summary = c.summary();
    return new Document("_id", id(c.tenantId(), c.caseId()))
        .append("tenantId", c.tenantId())
        .append("caseId", c.caseId())
        .append("caseNumber", c.caseNumber())
        .append("status", summary.status())
        .append("statusAt", date(c.statusAt()))
        .append("priority", c.priority())
        .append("priorityAt", date(c.priorityAt()))
        .append("channel", c.channel())
        .append("subject", c.subject())
        .append("reporter", reporter(c.reporter()))
        .append("customerId", c.customerId())
        .append("product", c.product())
        .append("version", c.version())
        .append("receivedAt", date(c.receivedAt()))
        .append("requestSeen", c.requestSeen())
        .append("decision", decision(c.decision()))
        .append("earlierDecisions", c.earlierDecisions().stream().map(CaseViewDocuments::decision).toList())
        .append("thread", c.thread().stream().map(CaseViewDocuments::entry).toList())
        .append("clocks", c.clocks().stream().map(CaseViewDocuments::clock).toList())
        .append("escalations", c.escalations().stream().map(CaseViewDocuments::escalation).toList())
        .append("mails", c.mails().stream().map(CaseViewDocuments::mail).toList())
        .append("downtime", downtime(c.downtime()))
        .append("applied", List.copyOf(c.appliedEventIds()))
        .append("updatedAt", date(c.updatedAt()))
        .append("revision", revision)
        // Summary fields, for the queries.
        .append("nextDeadline", date(summary.nextDeadline()))
        .append("deadlineKey", date(CaseCursor.keyOf(summary, CaseQuery.Sort.NEXT_DEADLINE)))
        .append("receivedKey", date(CaseCursor.keyOf(summary, CaseQuery.Sort.RECEIVED)))
        .append("breached", summary.breached())
        .append("text", c.searchText())
        .append("months", ComplianceReport.monthsOf(c).stream().map(Object::toString).toList());
  }

  static ProjectedCase fromDocument(Document d) {
    Instant statusAt = instant(d.getDate("statusAt"));
    return new ProjectedCase(d.getString("tenantId"), d.getString("caseId"), d.getString("caseNumber"),
        statusAt == null ? null : d.getString("status"), statusAt, d.getString("priority"),
        instant(d.getDate("priorityAt")), d.getString("channel"), d.getString("subject"),
        reporter(d.get("reporter", Document.class)), d.getString("customerId"), d.getString("product"),
        d.getString("version"), instant(d.getDate("receivedAt")), d.getBoolean("requestSeen", false),
        decision(d.get("decision", Document.class)), list(d, "thread", CaseViewDocuments::entry),
        list(d, "clocks", CaseViewDocuments::clock), list(d, "escalations", CaseViewDocuments::escalation),
        list(d, "mails", CaseViewDocuments::mail), downtime(d.get("downtime", Document.class)),
        new LinkedHashSet<>(d.getList("applied", String.class, List.of())), instant(d.getDate("updatedAt")),
        d.get("revision", Number.class).longValue(), list(d, "earlierDecisions", CaseViewDocuments::decision));
  }

  /** The queue line straight from the summary fields. */
  static CaseSummary summary(Document d) {
    Document reporter = d.get("reporter", Document.class);
    return new CaseSummary(d.getString("caseNumber"), d.getString("status"), d.getString("priority"),
        d.getString("channel"), d.getString("subject"), d.getString("customerId"),
        reporter == null ? null : reporter.getString("name"), instant(d.getDate("receivedAt")),
        instant(d.getDate("nextDeadline")), d.getBoolean("breached", false), instant(d.getDate("updatedAt")));
  }

  private static Document reporter(Reporter r) {
    return r == null ? null : new Document("name", r.name()).append("email", r.email()).append("phone", r.phone());
  }

  private static Reporter reporter(Document d) {
    return d == null ? null : new Reporter(d.getString("name"), d.getString("email"), d.getString("phone"));
  }

  private static Document decision(Decision x) {
    return x == null ? null : new Document("outcome", x.outcome()).append("reasonCode", x.reasonCode())
        .append("reason", x.reason()).append("contractId", x.contractId()).append("planName", x.planName())
        .append("tier", x.tier()).append("decidedAt", date(x.decidedAt())).append("decisionVersion", x.version())
        .append("effectiveFrom", date(x.effectiveFrom())).append("trigger", x.trigger());
  }

  private static Decision decision(Document d) {
    return d == null ? null : new Decision(d.getString("outcome"), d.getString("reasonCode"), d.getString("reason"),
        d.getString("contractId"), d.getString("planName"), d.getString("tier"), instant(d.getDate("decidedAt")),
        d.getInteger("decisionVersion", 1), instant(d.getDate("effectiveFrom")), d.getString("trigger"));
  }

  private static Document entry(ThreadEntry e) {
    return new Document("at", date(e.at())).append("kind", e.kind()).append("actor", e.actor())
        .append("visibleToCustomer", e.visibleToCustomer()).append("text", e.text())
        .append("files", e.files().stream().map(CaseViewDocuments::file).toList());
  }

  private static ThreadEntry entry(Document d) {
    return new ThreadEntry(instant(d.getDate("at")), d.getString("kind"), d.getString("actor"),
        d.getBoolean("visibleToCustomer", false), d.getString("text"), list(d, "files", CaseViewDocuments::file));
  }

  private static Document file(FileRef f) {
    return new Document("attachmentId", f.attachmentId()).append("name", f.name())
        .append("contentType", f.contentType()).append("size", f.size());
  }

  private static FileRef file(Document d) {
    return new FileRef(d.getString("attachmentId"), d.getString("name"), d.getString("contentType"),
        d.get("size", Number.class).longValue());
  }

  private static Document clock(SlaClock c) {
    ClockView v = c.view();
    return new Document("clock", v.clock()).append("sequence", c.sequence()).append("priority", c.priority())
        .append("state", v.state()).append("startedAt", date(v.startedAt())).append("deadline", date(v.deadline()))
        .append("warningAt", date(v.warningAt())).append("marginMillis", v.marginMillis())
        .append("history", v.history().stream().map(m -> new Document("at", date(m.at()))
            .append("change", m.change()).append("deadline", date(m.deadline()))).toList());
  }

  private static SlaClock clock(Document d) {
    Number margin = d.get("marginMillis", Number.class);
    List<ClockMoment> history = list(d, "history", m -> new ClockMoment(instant(m.getDate("at")),
        m.getString("change"), instant(m.getDate("deadline"))));
    return new SlaClock(d.get("sequence", Number.class).intValue(), d.getString("priority"),
        new ClockView(d.getString("clock"), d.getString("state"), instant(d.getDate("startedAt")),
            instant(d.getDate("deadline")), instant(d.getDate("warningAt")),
            margin == null ? null : margin.longValue(), history));
  }

  private static Document escalation(EscalationStep s) {
    return new Document("at", date(s.at())).append("level", s.level()).append("role", s.role())
        .append("personName", s.personName()).append("reason", s.reason());
  }

  private static EscalationStep escalation(Document d) {
    return new EscalationStep(instant(d.getDate("at")), d.get("level", Number.class).intValue(), d.getString("role"),
        d.getString("personName"), d.getString("reason"));
  }

  private static Document mail(MailView m) {
    return new Document("at", date(m.at())).append("kind", m.kind()).append("outcome", m.outcome())
        .append("recipient", m.recipient()).append("subject", m.subject()).append("failureReason", m.failureReason());
  }

  private static MailView mail(Document d) {
    return new MailView(instant(d.getDate("at")), d.getString("kind"), d.getString("outcome"),
        d.getString("recipient"), d.getString("subject"), d.getString("failureReason"));
  }

  private static Document downtime(Downtime x) {
    return x == null ? null : new Document("resolvedAt", date(x.resolvedAt()))
        .append("downtimeMillis", x.downtimeMillis()).append("onHoldMillis", x.onHoldMillis())
        .append("priority", x.priority());
  }

  private static Downtime downtime(Document d) {
    return d == null ? null : new Downtime(instant(d.getDate("resolvedAt")),
        d.get("downtimeMillis", Number.class).longValue(), d.get("onHoldMillis", Number.class).longValue(),
        d.getString("priority"));
  }

  private static <T> List<T> list(Document d, String field, Function<Document, T> read) {
    return d.getList(field, Document.class, List.of()).stream().map(read).toList();
  }

  static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  static Instant instant(Date at) {
    return at == null ? null : at.toInstant();
  }
}
