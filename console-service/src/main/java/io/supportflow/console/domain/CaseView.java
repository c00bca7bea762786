package io.supportflow.console.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the stream has said about one case, joined: what intake recorded (the request and its
 * thread), what contracts decided, what sla timed, what escalation raised and what notification
 * mailed. Kept by the console's projection; never written by anything else.
 *
 * @param status intake's case status: NEW, OPEN, ON_HOLD, RESOLVED, CLOSED
 * @param customerId the customer contracts identified; null until decided (or when none was found)
 * @param decision the decision in force: the one of the highest version; null until contracts decided
 * @param earlierDecisions the decisions it replaced, oldest first (empty until a case is re-decided)
 */
public record CaseView(
    String tenantId,
    String caseId,
    String caseNumber,
    String status,
    String priority,
    String channel,
    String subject,
    Reporter reporter,
    String customerId,
    String product,
    String version,
    Instant receivedAt,
    Decision decision,
    List<ThreadEntry> thread,
    List<ClockView> clocks,
    List<EscalationStep> escalations,
    List<MailView> mails,
    Instant updatedAt,
    List<Decision> earlierDecisions) {

  /** A case decided once (or not yet). */
  public CaseView(String tenantId, String caseId, String caseNumber, String status, String priority, String channel,
      String subject, Reporter reporter, String customerId, String product, String version, Instant receivedAt,
      Decision decision, List<ThreadEntry> thread, List<ClockView> clocks, List<EscalationStep> escalations,
      List<MailView> mails, Instant updatedAt) {
    this(tenantId, caseId, caseNumber, status, priority, channel, subject, reporter, customerId, product, version,
        receivedAt, decision, thread, clocks, escalations, mails, updatedAt, List.of());
  }

  public CaseView {
    earlierDecisions = earlierDecisions == null ? List.of() : List.copyOf(earlierDecisions);
    thread = List.copyOf(thread);
    clocks = List.copyOf(clocks);
    escalations = List.copyOf(escalations);
    mails = List.copyOf(mails);
  }

  /** The person who raised the case, as far as the channel told. */
  public record Reporter(String name, String email, String phone) {}

  /**
   * An entitlement decision with the plan it was made under: its version (1 for the first, each
   * re-decision one higher), the instant a re-decision applies from and what caused it (null on a
   * first decision).
   */
  public record Decision(String outcome, String reasonCode, String reason, String contractId, String planName,
      String tier, Instant decidedAt, int version, Instant effectiveFrom, String trigger) {

    public Decision {
      version = Math.max(1, version);
    }

    /** A first decision (version 1). */
    public Decision(String outcome, String reasonCode, String reason, String contractId, String planName,
        String tier, Instant decidedAt) {
      this(outcome, reasonCode, reason, contractId, planName, tier, decidedAt, 1, null, null);
    }
  }

  /**
   * One entry of the thread, in order: the opening request ({@code kind} REQUEST) and every
   * activity intake recorded (CUSTOMER_REPLIED, AGENT_RESPONDED, PRIORITY_CHANGED, PUT_ON_HOLD,
   * RESUMED, RESOLVED, CLOSED). Text is stored as the customer sent it; pages escape it.
   */
  public record ThreadEntry(Instant at, String kind, String actor, boolean visibleToCustomer, String text,
      List<FileRef> files) {
    public ThreadEntry {
      files = List.copyOf(files);
    }
  }

  /** A file intake kept for the case; {@code attachmentId} is null when it was not kept. */
  public record FileRef(String attachmentId, String name, String contentType, long size) {}

  /**
   * One SLA clock and how it got where it is.
   *
   * @param clock FIRST_RESPONSE, FOLLOW_UP or UPDATE
   * @param state the latest change: STARTED, WARNING, BREACHED, MET, PAUSED, RESUMED, RETIMED
   * @param marginMillis time left when met (positive) or overrun when breached (negative); null while running
   */
  public record ClockView(String clock, String state, Instant startedAt, Instant deadline, Instant warningAt,
      Long marginMillis, List<ClockMoment> history) {
    public ClockView {
      history = List.copyOf(history);
    }

    /** Still counting towards its deadline (not met, breached or paused). */
    public boolean running() {
      return switch (state) {
        case "STARTED", "WARNING", "RESUMED", "RETIMED" -> true;
        default -> false;
      };
    }
  }

  /** One change of a clock, for the case page's timeline. */
  public record ClockMoment(Instant at, String change, Instant deadline) {}

  /** An escalation level reached. */
  public record EscalationStep(Instant at, int level, String role, String personName, String reason) {}

  /** A mail notification sent or given up on. */
  /** A mail attempted; failureReason says why a FAILED one was not delivered (null when sent). */
  public record MailView(Instant at, String kind, String outcome, String recipient, String subject, String failureReason) {}

  /** The earliest deadline among the clocks still running; empty when none runs. */
  public Optional<Instant> nextDeadline() {
    return clocks.stream().filter(ClockView::running).map(ClockView::deadline).min(Instant::compareTo);
  }

  /** Whether any clock of the case was breached. */
  public boolean breached() {
    return clocks.stream().anyMatch(c -> c.state().equals("BREACHED"));
  }
}
