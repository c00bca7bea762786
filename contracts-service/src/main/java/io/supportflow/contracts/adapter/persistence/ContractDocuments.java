package io.supportflow.contracts.adapter.persistence;

import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.contracts.application.SupportRequest;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementOutcome;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionMetric;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.TargetUnit;
import io.supportflow.contracts.domain.WeeklyInterval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.bson.Document;

/** Maps the domain to Mongo documents and back. Dates are ISO strings, instants BSON dates. */
final class ContractDocuments {

  private ContractDocuments() {}

  static Document customer(Customer c) {
    return new Document("_id", c.customerId())
        .append("tenantId", c.tenantId())
        .append("name", c.name())
        .append("emailDomains", List.copyOf(c.emailDomains()));
  }

  static Customer customer(Document d) {
    return new Customer(
        d.getString("_id"), d.getString("tenantId"), d.getString("name"),
        new HashSet<>(d.getList("emailDomains", String.class)));
  }

  static Document contract(Contract c) {
    return new Document("_id", c.contractId())
        .append("tenantId", c.tenantId())
        .append("customerId", c.customerId())
        .append("planName", c.planName())
        .append("tier", c.tier())
        .append("startsOn", c.startsOn().toString())
        .append("endsOn", c.endsOn().toString())
        .append("calendar", calendar(c.calendar()))
        .append("targets", c.targets().stream().map(ContractDocuments::target).toList())
        .append("escalationMatrixId", c.escalationMatrixId());
  }

  static Contract contract(Document d) {
    return new Contract(
        d.getString("_id"),
        d.getString("tenantId"),
        d.getString("customerId"),
        d.getString("planName"),
        d.getString("tier"),
        LocalDate.parse(d.getString("startsOn")),
        LocalDate.parse(d.getString("endsOn")),
        calendar(d.get("calendar", Document.class)),
        d.getList("targets", Document.class).stream().map(ContractDocuments::target).toList(),
        d.getString("escalationMatrixId"));
  }

  static Document decision(RecordedDecision r) {
    SupportRequest q = r.request();
    EntitlementDecision e = r.decision();
    return new Document("_id", q.eventId())
        .append("eventId", r.eventId())
        .append("decidedAt", Date.from(r.decidedAt()))
        .append("request", new Document("tenantId", q.tenantId())
            .append("caseId", q.caseId())
            .append("caseNumber", q.caseNumber())
            .append("reporterName", q.reporterName())
            .append("reporterEmail", q.reporterEmail())
            .append("reporterPhone", q.reporterPhone())
            .append("subject", q.subject())
            .append("priority", q.priority().name())
            .append("language", q.language())
            .append("receivedAt", Date.from(q.receivedAt())))
        .append("outcome", e.outcome().name())
        .append("reasonCode", e.reasonCode())
        .append("reason", e.reason())
        .append("customer", e.customer() == null ? null : customer(e.customer()))
        .append("contract", e.contract() == null ? null : contract(e.contract()));
  }

  static RecordedDecision decision(Document d) {
    Document q = d.get("request", Document.class);
    SupportRequest request = new SupportRequest(
        d.getString("_id"),
        q.getString("tenantId"),
        q.getString("caseId"),
        q.getString("caseNumber"),
        q.getString("reporterName"),
        q.getString("reporterEmail"),
        q.getString("reporterPhone"),
        q.getString("subject"),
        Priority.valueOf(q.getString("priority")),
        q.getString("language"),
        q.getDate("receivedAt").toInstant());
    Document customer = d.get("customer", Document.class);
    Document contract = d.get("contract", Document.class);
    EntitlementDecision decision = new EntitlementDecision(
        EntitlementOutcome.valueOf(d.getString("outcome")),
        d.getString("reasonCode"),
        d.getString("reason"),
        customer == null ? null : customer(customer),
        contract == null ? null : contract(contract));
    return new RecordedDecision(
        d.getString("eventId"), d.getDate("decidedAt").toInstant(), request, decision);
  }

  private static Document calendar(CoverageCalendar c) {
    return new Document("calendarId", c.calendarId())
        .append("zone", c.zone().getId())
        .append("weeklyHours", c.weeklyHours().stream()
            .map(i -> new Document("day", i.day().name())
                .append("startMinute", i.startMinute())
                .append("endMinute", i.endMinute()))
            .toList())
        .append("holidays", c.holidays().stream().map(LocalDate::toString).toList());
  }

  private static CoverageCalendar calendar(Document d) {
    return new CoverageCalendar(
        d.getString("calendarId"),
        ZoneId.of(d.getString("zone")),
        d.getList("weeklyHours", Document.class).stream()
            .map(i -> new WeeklyInterval(DayOfWeek.valueOf(i.getString("day")),
                i.getInteger("startMinute"), i.getInteger("endMinute")))
            .toList(),
        d.getList("holidays", String.class).stream().map(LocalDate::parse).toList());
  }

  private static Document target(ReactionTarget t) {
    return new Document("priority", t.priority().name())
        .append("metric", t.metric().name())
        .append("amount", t.amount())
        .append("unit", t.unit().name());
  }

  private static ReactionTarget target(Document d) {
    return new ReactionTarget(
        Priority.valueOf(d.getString("priority")),
        ReactionMetric.valueOf(d.getString("metric")),
        d.getInteger("amount"),
        TargetUnit.valueOf(d.getString("unit")));
  }
}
