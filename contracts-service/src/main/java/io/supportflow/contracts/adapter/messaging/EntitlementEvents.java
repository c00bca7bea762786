package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.contracts.application.SupportRequest;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.WeeklyInterval;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.TimeUnit;
import io.supportflow.events.Weekday;
import java.time.LocalDate;

/** Avro events to the use case's records and back. */
final class EntitlementEvents {

  private EntitlementEvents() {}

  static SupportRequest fromEvent(RequestReceived e) {
    Reporter r = e.getReporter();
    return new SupportRequest(
        e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        r.getName(), r.getEmail(), r.getPhone(), e.getSubject(),
        Priority.valueOf(e.getPriority().name()), e.getLanguage(), e.getReceivedAt());
  }

  static EntitlementDecided toEvent(RecordedDecision d) {
    SupportRequest q = d.request();
    var decision = d.decision();
    return EntitlementDecided.newBuilder()
        .setEventId(d.eventId())
        .setOccurredAt(d.decidedAt())
        .setTenantId(q.tenantId())
        .setCaseId(q.caseId())
        .setCaseNumber(q.caseNumber())
        .setRequestEventId(q.eventId())
        .setOutcome(EntitlementOutcome.valueOf(decision.outcome().name()))
        .setReasonCode(decision.reasonCode())
        .setReason(decision.reason())
        .setCustomerId(decision.customer() == null ? null : decision.customer().customerId())
        .setContractId(decision.contract() == null ? null : decision.contract().contractId())
        .setPriority(io.supportflow.events.Priority.valueOf(q.priority().name()))
        .setReceivedAt(q.receivedAt())
        .setReporter(new Reporter(q.reporterName(), q.reporterEmail(), q.reporterPhone()))
        .setSubject(q.subject())
        .setLanguage(q.language())
        .setTerms(decision.carriesTerms() ? terms(decision.contract()) : null)
        .build();
  }

  private static ContractTerms terms(Contract c) {
    return ContractTerms.newBuilder()
        .setPlanName(c.planName())
        .setTier(c.tier())
        .setCalendar(calendar(c.calendar()))
        .setTargets(c.targets().stream().map(EntitlementEvents::target).toList())
        .setEscalationMatrixId(c.escalationMatrixId())
        .build();
  }

  private static io.supportflow.events.CoverageCalendar calendar(CoverageCalendar c) {
    return io.supportflow.events.CoverageCalendar.newBuilder()
        .setCalendarId(c.calendarId())
        .setZone(c.zone().getId())
        .setWeeklyHours(c.weeklyHours().stream().map(EntitlementEvents::interval).toList())
        .setHolidays(c.holidays().stream().map(LocalDate::toString).toList())
        .build();
  }

  private static io.supportflow.events.WeeklyInterval interval(WeeklyInterval i) {
    return new io.supportflow.events.WeeklyInterval(
        Weekday.valueOf(i.day().name()), hhmm(i.startMinute()), hhmm(i.endMinute()));
  }

  private static io.supportflow.events.ReactionTarget target(ReactionTarget t) {
    return new io.supportflow.events.ReactionTarget(
        io.supportflow.events.Priority.valueOf(t.priority().name()),
        ReactionMetric.valueOf(t.metric().name()),
        t.amount(),
        TimeUnit.valueOf(t.unit().name()));
  }

  private static String hhmm(int minuteOfDay) {
    return "%02d:%02d".formatted(minuteOfDay / 60, minuteOfDay % 60);
  }
}
