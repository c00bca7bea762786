package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.CaseActivity;
import io.supportflow.contracts.application.ContractChangeNotice;
import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.contracts.application.SupportRequest;
import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.CoverageWindow;
import io.supportflow.contracts.domain.EntitledTerms;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.StatusMailCadence;
import io.supportflow.contracts.domain.WeeklyInterval;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractChanged;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.EscalationLevel;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.TimeUnit;
import io.supportflow.events.Weekday;
import io.supportflow.schemas.CaseEventHead;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Avro events to the use case's records and back. */
final class EntitlementEvents {

  private EntitlementEvents() {}

  static SupportRequest fromEvent(RequestReceived e) {
    Reporter r = e.getReporter();
    return new SupportRequest(
        e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        Channel.valueOf(e.getChannel().name()),
        r.getName(), r.getEmail(), r.getPhone(), e.getCustomerHint(), e.getSubject(), e.getDescription(),
        Priority.valueOf(e.getPriority().name()), e.getLanguage(), e.getCategory(),
        e.getProduct(), e.getVersion(), e.getReceivedAt());
  }

  static EntitlementDecided toEvent(RecordedDecision d) {
    SupportRequest q = d.request();
    var decision = d.decision();
    var head = new CaseEventHead(d.eventId(), d.decidedAt(), q.tenantId(), q.caseId(), q.caseNumber());
    return EntitlementDecided.newBuilder(head.on(new EntitlementDecided()))
        .setRequestEventId(q.eventId())
        .setOutcome(EntitlementOutcome.valueOf(decision.outcome().name()))
        .setReasonCode(decision.reasonCode())
        .setReason(decision.reason())
        .setCustomerId(decision.customerId())
        .setContractId(decision.contractId())
        .setPriority(io.supportflow.events.Priority.valueOf(q.priority().name()))
        .setReceivedAt(q.receivedAt())
        .setReporter(new Reporter(q.reporterName(), q.reporterEmail(), q.reporterPhone()))
        .setSubject(q.subject())
        // The language the request was read in: stated, else guessed from its text (decisions
        // stored before the guess moved here carry none, and answer with the stated one).
        .setLanguage(decision.language() != null ? decision.language() : q.language())
        .setTerms(decision.carriesTerms() ? terms(decision.terms()) : null)
        .setVersion(d.version())
        .setEffectiveFrom(d.revision() == null ? null : d.revision().effectiveFrom())
        .setTrigger(d.revision() == null ? null : d.revision().trigger().name())
        .setTriggerEventId(d.revision() == null ? null : d.revision().triggerEventId())
        .setPreviousOutcome(d.revision() == null ? null
            : EntitlementOutcome.valueOf(d.revision().previousOutcome().name()))
        .setProductId(decision.productId())
        .setProductName(decision.productName())
        .build();
  }

  /** The activities that may re-decide a case or end its re-deciding; the rest is OTHER. */
  static CaseActivity fromEvent(CaseActivityRecorded e) {
    CaseActivity.Kind kind = switch (e.getActivity()) {
      case PRIORITY_CHANGED -> CaseActivity.Kind.PRIORITY_CHANGED;
      case CUSTOMER_REPLIED -> CaseActivity.Kind.CUSTOMER_REPLIED;
      case RESOLVED -> CaseActivity.Kind.RESOLVED;
      case CLOSED -> CaseActivity.Kind.CLOSED;
      default -> CaseActivity.Kind.OTHER;
    };
    return new CaseActivity(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getOccurredAt(), kind,
        e.getNewPriority() == null ? null : Priority.valueOf(e.getNewPriority().name()), e.getMessage());
  }

  static ContractChangeNotice fromEvent(ContractChanged e) {
    return new ContractChangeNotice(e.getEventId(), e.getTenantId(), e.getCustomerId(), e.getOccurredAt());
  }

  static ContractTerms terms(EntitledTerms t) {
    return ContractTerms.newBuilder()
        .setPlanName(t.planName())
        .setTier(t.tier())
        .setCalendar(calendar(t.calendar()))
        .setTargets(t.targets().stream().map(EntitlementEvents::target).toList())
        .setEscalationMatrixId(t.escalationMatrixId())
        .setEscalationLevels(t.escalationLevels().stream()
            .map(l -> new EscalationLevel(event(l.priority()), l.amount(), TimeUnit.valueOf(l.unit().name()), l.role()))
            .toList())
        .setRoster(t.roster().stream().map(r -> new RosterEntry(r.role(), r.name(), r.email())).toList())
        .setStatusMails(t.statusMails().stream().map(EntitlementEvents::statusMail).toList())
        .setAroundTheClockOnceWorking(t.aroundTheClockOnceWorking().stream().map(EntitlementEvents::event).toList())
        .setRaiseOnBreach(t.raiseOnBreach())
        .setStatusMailsWhileOnHold(t.statusMailsWhileOnHold())
        .build();
  }

  private static io.supportflow.events.CoverageCalendar calendar(CoverageCalendar c) {
    return io.supportflow.events.CoverageCalendar.newBuilder()
        .setCalendarId(c.calendarId())
        .setZone(c.zone().getId())
        .setWeeklyHours(weekly(c.weeklyHours()))
        .setHolidays(c.holidays().stream().map(LocalDate::toString).toList())
        .setExtraCoverage(c.extraCoverage().stream().map(EntitlementEvents::window).toList())
        .build();
  }

  /** The event lists one interval per day, in day and time order. */
  private static List<io.supportflow.events.WeeklyInterval> weekly(List<WeeklyInterval> intervals) {
    return intervals.stream()
        .flatMap(i -> i.days().stream().map(day -> new io.supportflow.events.WeeklyInterval(
            Weekday.valueOf(day.name()), i.from(), i.to())))
        .sorted(Comparator.comparing((io.supportflow.events.WeeklyInterval i) -> i.getDay().ordinal())
            .thenComparing(io.supportflow.events.WeeklyInterval::getStart))
        .toList();
  }

  private static io.supportflow.events.CoverageWindow window(CoverageWindow w) {
    return new io.supportflow.events.CoverageWindow(
        Weekday.valueOf(w.fromDay().name()), w.fromTime(), Weekday.valueOf(w.toDay().name()), w.toTime());
  }

  private static io.supportflow.events.ReactionTarget target(ReactionTarget t) {
    return new io.supportflow.events.ReactionTarget(
        event(t.priority()), ReactionMetric.valueOf(t.metric().name()), t.amount(), TimeUnit.valueOf(t.unit().name()));
  }

  private static io.supportflow.events.ReactionTarget statusMail(StatusMailCadence s) {
    return new io.supportflow.events.ReactionTarget(
        event(s.priority()), ReactionMetric.UPDATE_CADENCE, s.amount(), TimeUnit.valueOf(s.unit().name()));
  }

  private static io.supportflow.events.Priority event(Priority p) {
    return io.supportflow.events.Priority.valueOf(p.name());
  }
}
