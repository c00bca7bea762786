package io.supportflow.console.adapter.messaging;

import io.supportflow.console.domain.CaseChange;
import io.supportflow.console.domain.CaseIncident;
import io.supportflow.console.domain.CaseView.FileRef;
import io.supportflow.console.domain.CaseView.Reporter;
import io.supportflow.events.ActivityAttachment;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.RequestAttachment;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChanged;

/** The Avro events of the case topics to the projection's typed changes. */
final class CaseEvents {

  private CaseEvents() {}

  static CaseChange.Opened opened(RequestReceived e) {
    return new CaseChange.Opened(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(), e.getOccurredAt(),
        e.getChannel().name(), reporter(e.getReporter()), e.getSubject(), e.getDescription(), e.getPriority().name(),
        e.getProduct(), e.getVersion(), e.getReceivedAt(),
        e.getAttachments().stream().map(CaseEvents::file).toList());
  }

  static CaseChange.ActivityRecorded activity(CaseActivityRecorded e) {
    String text = e.getMessage() != null ? e.getMessage() : e.getReason();
    return new CaseChange.ActivityRecorded(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        e.getOccurredAt(), e.getActivity().name(), e.getActor(), e.getVisibleToCustomer(),
        e.getNewPriority() == null ? null : e.getNewPriority().name(), e.getCaseStatus(), text,
        e.getAttachments().stream().map(CaseEvents::file).toList());
  }

  static CaseChange.Decided decided(EntitlementDecided e) {
    return new CaseChange.Decided(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(), e.getOccurredAt(),
        e.getOutcome().name(), e.getReasonCode(), e.getReason(), e.getCustomerId(), e.getContractId(),
        e.getTerms() == null ? null : e.getTerms().getPlanName(), e.getTerms() == null ? null : e.getTerms().getTier(),
        e.getPriority().name(), e.getReceivedAt(), reporter(e.getReporter()), e.getSubject(), e.getVersion(),
        e.getEffectiveFrom(), e.getTrigger());
  }

  static CaseChange.ClockChanged clock(SlaClockChanged e) {
    return new CaseChange.ClockChanged(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        e.getOccurredAt(), e.getClock().name(), e.getSequence(), e.getChange().name(), e.getPriority().name(),
        e.getStartedAt(), e.getDeadline(), e.getWarningAt(), e.getMarginMillis());
  }

  static CaseChange.DowntimeMeasured downtime(CaseDowntimeMeasured e) {
    return new CaseChange.DowntimeMeasured(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        e.getOccurredAt(), e.getCustomerId(), e.getPriority().name(), e.getResolvedAt(), e.getOnHoldMillis(),
        e.getDowntimeMillis());
  }

  static CaseChange.EscalationRaised escalation(EscalationRaised e) {
    return new CaseChange.EscalationRaised(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        e.getOccurredAt(), e.getLevel(), e.getRole(), e.getPersonName(), e.getReason());
  }

  static CaseChange.MailAttempted mail(NotificationAttempted e) {
    return new CaseChange.MailAttempted(e.getEventId(), e.getTenantId(), e.getCaseId(), e.getCaseNumber(),
        e.getOccurredAt(), e.getKind().name(), e.getOutcome().name(), e.getRecipient(), e.getSubject(), e.getFailureReason());
  }

  private static Reporter reporter(io.supportflow.events.Reporter r) {
    return r == null ? null : new Reporter(r.getName(), r.getEmail(), r.getPhone());
  }

  private static FileRef file(RequestAttachment a) {
    return new FileRef(a.getAttachmentId(), a.getName(), a.getContentType(), a.getSize());
  }

  private static FileRef file(ActivityAttachment a) {
    return new FileRef(a.getAttachmentId(), a.getName(), a.getContentType(), a.getSize());
  }

  /** What intake.incidents told the case: the incident, and whether the case is (still) part of it. */
  static CaseIncident incident(IncidentActivityRecorded e) {
    return new CaseIncident(e.getTenantId(), e.getCaseId(), e.getIncidentId(), e.getTitle(), e.getIncidentStatus(),
        e.getActivity() != IncidentActivity.UNLINKED, e.getOccurredAt());
  }
}
