package io.supportflow.console.domain;

import io.supportflow.console.domain.CaseView.FileRef;
import io.supportflow.console.domain.CaseView.Reporter;
import java.time.Instant;
import java.util.List;

/**
 * One event of a case, as the projection needs it: read from any of the case topics, typed, with
 * the event id that makes applying it twice a no-op and the instant that orders it against the
 * others (topics are not ordered among themselves).
 */
public sealed interface CaseChange {

  String eventId();

  String tenantId();

  String caseId();

  String caseNumber();

  /** When it happened (the event's occurredAt). */
  Instant at();

  /** intake.requests: the case was opened. */
  record Opened(String eventId, String tenantId, String caseId, String caseNumber, Instant at, String channel,
      Reporter reporter, String subject, String description, String priority, String product, String version,
      Instant receivedAt, List<FileRef> files) implements CaseChange {
    public Opened {
      files = List.copyOf(files);
    }
  }

  /**
   * intake.case-activity: something was done on the case.
   *
   * @param caseStatus intake's status after it; null on events older than the field
   */
  record ActivityRecorded(String eventId, String tenantId, String caseId, String caseNumber, Instant at,
      String activity, String actor, boolean visibleToCustomer, String newPriority, String caseStatus, String text,
      List<FileRef> files) implements CaseChange {
    public ActivityRecorded {
      files = List.copyOf(files);
    }
  }

  /**
   * contracts.entitlements: what the case is owed, under which contract and for which customer;
   * version 1 for the first decision, each re-decision one higher, applying from effectiveFrom
   * (null on a first decision) because of trigger.
   */
  record Decided(String eventId, String tenantId, String caseId, String caseNumber, Instant at, String outcome,
      String reasonCode, String reason, String customerId, String contractId, String planName, String tier,
      String priority, Instant receivedAt, Reporter reporter, String subject, int version, Instant effectiveFrom,
      String trigger) implements CaseChange {

    /** A first decision. */
    public Decided(String eventId, String tenantId, String caseId, String caseNumber, Instant at, String outcome,
        String reasonCode, String reason, String customerId, String contractId, String planName, String tier,
        String priority, Instant receivedAt, Reporter reporter, String subject) {
      this(eventId, tenantId, caseId, caseNumber, at, outcome, reasonCode, reason, customerId, contractId, planName,
          tier, priority, receivedAt, reporter, subject, 1, null, null);
    }
  }

  /**
   * sla.events: one change of one clock.
   *
   * @param sequence which clock of its kind on the case (1, 2, ...): not a change counter
   */
  record ClockChanged(String eventId, String tenantId, String caseId, String caseNumber, Instant at, String clock,
      int sequence, String change, String priority, Instant startedAt, Instant deadline, Instant warningAt,
      Long marginMillis) implements CaseChange {}

  /** sla.downtime: how long the resolved case was down. */
  record DowntimeMeasured(String eventId, String tenantId, String caseId, String caseNumber, Instant at,
      String customerId, String priority, Instant resolvedAt, long onHoldMillis, long downtimeMillis)
      implements CaseChange {}

  /** escalation.events: a level of the matrix was reached. */
  record EscalationRaised(String eventId, String tenantId, String caseId, String caseNumber, Instant at, int level,
      String role, String personName, String reason) implements CaseChange {}

  /** notification.events: a mail was sent or given up on (then with the reason, e.g. no address to write to). */
  record MailAttempted(String eventId, String tenantId, String caseId, String caseNumber, Instant at, String kind,
      String outcome, String recipient, String subject, String failureReason) implements CaseChange {}
}
