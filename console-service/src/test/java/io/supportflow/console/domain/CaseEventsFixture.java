package io.supportflow.console.domain;

import io.supportflow.console.domain.CaseView.FileRef;
import io.supportflow.console.domain.CaseView.Reporter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Typed changes of one case, as the topics would bring them, for the projection's tests. */
public final class CaseEventsFixture {

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  public final String tenantId;
  public final String caseId = UUID.randomUUID().toString();
  public final String caseNumber;

  public CaseEventsFixture(String tenantId, String caseNumber) {
    this.tenantId = tenantId;
    this.caseNumber = caseNumber;
  }

  public static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** The case as the projection keeps it after these changes, each applied at {@code now}. */
  public ProjectedCase projected(List<? extends CaseChange> changes, Instant now) {
    ProjectedCase c = ProjectedCase.empty(tenantId, caseId, caseNumber);
    for (CaseChange change : changes) {
      c = c.apply(change, now);
    }
    return c;
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  public CaseChange.Opened opened(String channel, String subject, String priority) {
    return new CaseChange.Opened(id(), tenantId, caseId, caseNumber, T0, channel,
        new Reporter("Ada Lovelace", "ada@example.com", null), subject, "It is down since this morning.", priority,
        "Ledger", "4.2", T0, List.of(new FileRef("att-1", "trace.log", "text/plain", 120)));
  }

  public CaseChange.ActivityRecorded activity(int minute, String activity, String status, String text) {
    return new CaseChange.ActivityRecorded(id(), tenantId, caseId, caseNumber, at(minute), activity, "agent-7",
        true, null, status, text, List.of());
  }

  public CaseChange.ActivityRecorded priorityChanged(int minute, String priority) {
    return new CaseChange.ActivityRecorded(id(), tenantId, caseId, caseNumber, at(minute), "PRIORITY_CHANGED",
        "agent-7", false, priority, "OPEN", null, List.of());
  }

  public CaseChange.Decided decided(String customerId, String priority) {
    return new CaseChange.Decided(id(), tenantId, caseId, caseNumber, at(0).plusSeconds(1), "ENTITLED", "COVERED",
        "Covered by the Gold plan", customerId, "contract-1", "Gold", "GOLD", priority, T0,
        new Reporter("Ada Lovelace", "ada@example.com", null), "Ledger is down");
  }

  public CaseChange.ClockChanged clock(int minute, String clock, int sequence, String change, int deadlineMinute,
      Long margin) {
    return new CaseChange.ClockChanged(id(), tenantId, caseId, caseNumber, at(minute), clock, sequence, change, "P1",
        T0, at(deadlineMinute), null, margin);
  }

  public CaseChange.DowntimeMeasured downtime(int resolvedMinute, long downtimeMillis, String customerId) {
    return new CaseChange.DowntimeMeasured(id(), tenantId, caseId, caseNumber, at(resolvedMinute), customerId, "P1",
        at(resolvedMinute), 0, downtimeMillis);
  }

  public CaseChange.EscalationRaised escalation(int minute, int level) {
    return new CaseChange.EscalationRaised(id(), tenantId, caseId, caseNumber, at(minute), level, "TEAM_LEAD",
        "Grace Hopper", "first response breached");
  }

  public CaseChange.MailAttempted mail(int minute, String kind) {
    return new CaseChange.MailAttempted(id(), tenantId, caseId, caseNumber, at(minute), kind, "SENT",
        "ada@example.com", "[" + caseNumber + "] received", null);
  }

  /** The acknowledgement notification could not mail: the reporter left no address. */
  public CaseChange.MailAttempted unmailable(int minute) {
    return new CaseChange.MailAttempted(id(), tenantId, caseId, caseNumber, at(minute), "ACKNOWLEDGEMENT", "FAILED",
        "", "[" + caseNumber + "] received", "The reporter left no e-mail address");
  }
}
