package io.supportflow.console.domain;

import io.supportflow.console.domain.CaseView.ClockMoment;
import io.supportflow.console.domain.CaseView.ClockView;
import io.supportflow.console.domain.CaseView.Decision;
import io.supportflow.console.domain.CaseView.EscalationStep;
import io.supportflow.console.domain.CaseView.MailView;
import io.supportflow.console.domain.CaseView.Reporter;
import io.supportflow.console.domain.CaseView.ThreadEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the projection keeps of one case: the joined view and what it needs to apply the next event
 * correctly whatever its topic and order: the ids of the events applied (a redelivery changes
 * nothing), the instants the status and priority were last set at (an older event does not undo a
 * newer one), each clock by kind and sequence, and the case's downtime.
 *
 * @param requestSeen whether intake's request arrived (until then subject and reporter come from the decision)
 * @param updatedAt when the projection last changed the case (its own clock, not the event's)
 * @param version the stored revision the change was read at; the store refuses a stale one
 */
public record ProjectedCase(
    String tenantId,
    String caseId,
    String caseNumber,
    String status,
    Instant statusAt,
    String priority,
    Instant priorityAt,
    String channel,
    String subject,
    Reporter reporter,
    String customerId,
    String product,
    String version,
    Instant receivedAt,
    boolean requestSeen,
    Decision decision,
    List<ThreadEntry> thread,
    List<SlaClock> clocks,
    List<EscalationStep> escalations,
    List<MailView> mails,
    Downtime downtime,
    Set<String> appliedEventIds,
    Instant updatedAt,
    long revision,
    List<Decision> earlierDecisions) {

  /** Status of a case intake has said nothing else about. */
  public static final String NEW = "NEW";

  /**
   * One clock of the case: its kind and sequence identify it, its view is its latest change.
   *
   * @param priority the priority it was last timed for
   */
  public record SlaClock(int sequence, String priority, ClockView view) {

    /** The first instant it was met or breached; empty while it runs. */
    public Optional<ClockMoment> settled() {
      return view.history().stream().filter(m -> m.change().equals("MET") || m.change().equals("BREACHED")).findFirst();
    }

    /** Breached at some point (a later change does not unbreach it). */
    public boolean everBreached() {
      return view.history().stream().anyMatch(m -> m.change().equals("BREACHED"));
    }
  }

  /**
   * The resolved case's downtime: receipt to resolution minus the time on hold; priority is the
   * case's at resolution as sla measured it (null when stored before it was kept).
   */
  public record Downtime(Instant resolvedAt, long downtimeMillis, long onHoldMillis, String priority) {

    public Downtime(Instant resolvedAt, long downtimeMillis, long onHoldMillis) {
      this(resolvedAt, downtimeMillis, onHoldMillis, null);
    }
  }

  /** A case decided once (or not yet). */
  public ProjectedCase(String tenantId, String caseId, String caseNumber, String status, Instant statusAt,
      String priority, Instant priorityAt, String channel, String subject, Reporter reporter, String customerId,
      String product, String version, Instant receivedAt, boolean requestSeen, Decision decision,
      List<ThreadEntry> thread, List<SlaClock> clocks, List<EscalationStep> escalations, List<MailView> mails,
      Downtime downtime, Set<String> appliedEventIds, Instant updatedAt, long revision) {
    this(tenantId, caseId, caseNumber, status, statusAt, priority, priorityAt, channel, subject, reporter, customerId,
        product, version, receivedAt, requestSeen, decision, thread, clocks, escalations, mails, downtime,
        appliedEventIds, updatedAt, revision, List.of());
  }

  public ProjectedCase {
    earlierDecisions = earlierDecisions == null ? List.of() : List.copyOf(earlierDecisions);
    thread = List.copyOf(thread);
    clocks = List.copyOf(clocks);
    escalations = List.copyOf(escalations);
    mails = List.copyOf(mails);
    appliedEventIds = Set.copyOf(appliedEventIds);
  }

  /** A case nothing is known of yet. */
  public static ProjectedCase empty(String tenantId, String caseId, String caseNumber) {
    return new ProjectedCase(tenantId, caseId, caseNumber, null, null, null, null, null, null, null, null, null, null,
        null, false, null, List.of(), List.of(), List.of(), List.of(), null, Set.of(), null, 0);
  }

  public boolean hasApplied(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  /**
   * The case with the change applied, or this same instance when it was applied before.
   *
   * @param now when the projection applies it (becomes {@link #updatedAt()})
   */
  public ProjectedCase apply(CaseChange change, Instant now) {
    if (hasApplied(change.eventId())) {
      return this;
    }
    Changing next = new Changing(this);
    next.applied.add(change.eventId());
    next.updatedAt = now;
    if (next.caseNumber == null) {
      next.caseNumber = change.caseNumber();
    }
    switch (change) {
      case CaseChange.Opened opened -> next.opened(opened);
      case CaseChange.ActivityRecorded activity -> next.activity(activity);
      case CaseChange.Decided decided -> next.decided(decided);
      case CaseChange.ClockChanged clock -> next.clock(clock);
      case CaseChange.DowntimeMeasured downtime -> next.downtime(downtime);
      case CaseChange.EscalationRaised raised -> next.escalations.add(new EscalationStep(raised.at(), raised.level(),
          raised.role(), raised.personName(), raised.reason()));
      case CaseChange.MailAttempted mail -> next.mails.add(new MailView(mail.at(), mail.kind(), mail.outcome(),
          mail.recipient(), mail.subject(), mail.failureReason()));
    }
    return next.build();
  }

  /** The joined view the pages and the API show. */
  public CaseView view() {
    return new CaseView(tenantId, caseId, caseNumber, status == null ? NEW : status, priority, channel, subject,
        reporter, customerId, product, version, receivedAt, decision, thread,
        clocks.stream().map(SlaClock::view).toList(), escalations, mails, updatedAt, earlierDecisions);
  }

  /** The queue line of the case. */
  public CaseSummary summary() {
    CaseView view = view();
    return new CaseSummary(caseNumber, view.status(), priority, channel, subject, customerId,
        reporter == null ? null : reporter.name(), receivedAt, view.nextDeadline().orElse(null), breached(), updatedAt);
  }

  /** Whether any clock was ever breached. */
  public boolean breached() {
    return clocks.stream().anyMatch(SlaClock::everBreached);
  }

  /** Lower-cased words searched by the text filter: case number, subject, reporter name and e-mail. */
  public String searchText() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {caseNumber, subject, reporter == null ? null : reporter.name(),
        reporter == null ? null : reporter.email()}) {
      if (part != null) {
        text.append(part.toLowerCase(java.util.Locale.ROOT)).append(' ');
      }
    }
    return text.toString().strip();
  }

  /** The copy an event is applied to. */
  private static final class Changing {
    private final ProjectedCase from;
    private String caseNumber;
    private String status;
    private Instant statusAt;
    private String priority;
    private Instant priorityAt;
    private String channel;
    private String subject;
    private Reporter reporter;
    private String customerId;
    private String product;
    private String version;
    private Instant receivedAt;
    private boolean requestSeen;
    private Decision decision;
    private final List<Decision> earlier;
    private final List<ThreadEntry> thread;
    private final List<SlaClock> clocks;
    private final List<EscalationStep> escalations;
    private final List<MailView> mails;
    private Downtime downtime;
    private final Set<String> applied;
    private Instant updatedAt;

    Changing(ProjectedCase c) {
      from = c;
      caseNumber = c.caseNumber;
      status = c.status;
      statusAt = c.statusAt;
      priority = c.priority;
      priorityAt = c.priorityAt;
      channel = c.channel;
      subject = c.subject;
      reporter = c.reporter;
      customerId = c.customerId;
      product = c.product;
      version = c.version;
      receivedAt = c.receivedAt;
      requestSeen = c.requestSeen;
      decision = c.decision;
      earlier = new ArrayList<>(c.earlierDecisions);
      thread = new ArrayList<>(c.thread);
      clocks = new ArrayList<>(c.clocks);
      escalations = new ArrayList<>(c.escalations);
      mails = new ArrayList<>(c.mails);
      downtime = c.downtime;
      applied = new LinkedHashSet<>(c.appliedEventIds);
      updatedAt = c.updatedAt;
    }

    void opened(CaseChange.Opened o) {
      requestSeen = true;
      channel = o.channel();
      subject = o.subject();
      reporter = o.reporter();
      product = o.product();
      version = o.version();
      receivedAt = o.receivedAt();
      status(NEW, o.receivedAt());
      priority(o.priority(), o.receivedAt());
      thread.add(new ThreadEntry(o.receivedAt(), "REQUEST", o.reporter() == null ? null : o.reporter().name(), true,
          o.description(), o.files()));
    }

    void activity(CaseChange.ActivityRecorded a) {
      thread.add(new ThreadEntry(a.at(), a.activity(), a.actor(), a.visibleToCustomer(), a.text(), a.files()));
      String after = a.caseStatus() != null ? a.caseStatus() : statusAfter(a.activity());
      if (after != null) {
        status(after, a.at());
      }
      if (a.newPriority() != null) {
        priority(a.newPriority(), a.at());
      }
    }

    /**
     * The decision of the highest version is the one in force; the ones it replaced are kept as
     * its history (an older version arriving late joins the history, the same version again
     * changes nothing but a later decision of the same version, as before versions).
     */
    void decided(CaseChange.Decided d) {
      Decision incoming = new Decision(d.outcome(), d.reasonCode(), d.reason(), d.contractId(), d.planName(), d.tier(),
          d.at(), d.version(), d.effectiveFrom(), d.trigger());
      if (decision == null || incoming.version() > decision.version()
          || incoming.version() == decision.version() && !d.at().isBefore(decision.decidedAt())) {
        if (decision != null && decision.version() < incoming.version()) {
          earlier.add(decision);
        }
        decision = incoming;
        customerId = d.customerId();
      } else if (incoming.version() < decision.version()
          && earlier.stream().noneMatch(e -> e.version() == incoming.version())) {
        earlier.add(incoming);
      }
      earlier.sort(Comparator.comparingInt(Decision::version));
      if (!requestSeen) {
        subject = d.subject();
        reporter = d.reporter();
        receivedAt = d.receivedAt();
      }
      Instant from = d.effectiveFrom() == null || d.receivedAt() == null || d.effectiveFrom().isBefore(d.receivedAt())
          ? d.receivedAt() : d.effectiveFrom();
      priority(d.priority(), from);
    }

    void clock(CaseChange.ClockChanged c) {
      int index = -1;
      for (int i = 0; i < clocks.size(); i++) {
        SlaClock slot = clocks.get(i);
        if (slot.view().clock().equals(c.clock()) && slot.sequence() == c.sequence()) {
          index = i;
        }
      }
      List<ClockMoment> history = new ArrayList<>(index < 0 ? List.of() : clocks.get(index).view().history());
      history.add(new ClockMoment(c.at(), c.change(), c.deadline()));
      history.sort(Comparator.comparing(ClockMoment::at).thenComparing(m -> rank(m.change())));
      SlaClock slot;
      if (index < 0 || isLatest(c, clocks.get(index))) {
        slot = new SlaClock(c.sequence(), c.priority(),
            new ClockView(c.clock(), c.change(), c.startedAt(), c.deadline(), c.warningAt(), c.marginMillis(), history));
      } else {
        SlaClock old = clocks.get(index);
        ClockView v = old.view();
        slot = new SlaClock(old.sequence(), old.priority(),
            new ClockView(v.clock(), v.state(), v.startedAt(), v.deadline(), v.warningAt(), v.marginMillis(), history));
      }
      if (index < 0) {
        clocks.add(slot);
        clocks.sort(Comparator.comparing((SlaClock s) -> s.view().startedAt()).thenComparing(s -> s.view().clock())
            .thenComparing(SlaClock::sequence));
      } else {
        clocks.set(index, slot);
      }
    }

    /** Whether the change is the clock's newest (by instant, then by how final the change is). */
    private static boolean isLatest(CaseChange.ClockChanged c, SlaClock current) {
      ClockMoment newest = current.view().history().stream()
          .max(Comparator.comparing(ClockMoment::at).thenComparing(m -> rank(m.change()))).orElseThrow();
      int byTime = c.at().compareTo(newest.at());
      return byTime > 0 || byTime == 0 && rank(c.change()) >= rank(newest.change());
    }

    void downtime(CaseChange.DowntimeMeasured d) {
      downtime = new Downtime(d.resolvedAt(), d.downtimeMillis(), d.onHoldMillis(), d.priority());
      if (customerId == null) {
        customerId = d.customerId();
      }
    }

    private void status(String value, Instant at) {
      if (statusAt == null || !at.isBefore(statusAt)) {
        status = value;
        statusAt = at;
      }
    }

    private void priority(String value, Instant at) {
      if (value != null && (priorityAt == null || !at.isBefore(priorityAt))) {
        priority = value;
        priorityAt = at;
      }
    }

    ProjectedCase build() {
      thread.sort(Comparator.comparing(ThreadEntry::at));
      escalations.sort(Comparator.comparing(EscalationStep::at).thenComparing(EscalationStep::level));
      mails.sort(Comparator.comparing(MailView::at));
      return new ProjectedCase(from.tenantId, from.caseId, caseNumber, status, statusAt, priority, priorityAt, channel,
          subject, reporter, customerId, product, version, receivedAt, requestSeen, decision, thread, clocks,
          escalations, mails, downtime, applied, updatedAt, from.revision, earlier);
    }
  }

  /** Status after an activity, for events written before they carried it. */
  static String statusAfter(String activity) {
    return switch (activity) {
      case "PUT_ON_HOLD" -> "ON_HOLD";
      case "RESUMED", "AGENT_RESPONDED" -> "OPEN";
      case "RESOLVED" -> "RESOLVED";
      case "CLOSED" -> "CLOSED";
      default -> null;
    };
  }

  /** Of two changes at one instant, the later in a clock's life counts as its state. */
  static int rank(String change) {
    return switch (change) {
      case "STARTED" -> 0;
      case "RETIMED" -> 1;
      case "WARNING" -> 2;
      case "PAUSED" -> 3;
      case "RESUMED" -> 4;
      case "MET" -> 5;
      case "BREACHED" -> 6;
      default -> 7;
    };
  }
}
