package io.supportflow.sla.domain;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.TermsSegment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Replays a case's timeline against its terms and says where every reaction clock stands. The
 * same replay answers the what-if preview and drives the live service, so both give the same
 * deadlines for the same timeline by construction.
 *
 * <p>Rules: first response runs from receipt to the first public agent response; a customer reply
 * after that starts a follow-up clock (one at a time) met by the next agent response; after the
 * first response an update clock runs, met and restarted by every agent response. Hold pauses
 * every clock; resume, or a customer reply while on hold, continues them where they stopped. A
 * priority change keeps the time counted and applies the new priority's target from then on; a
 * target already exceeded is breached at the change. An activity at the very instant of a
 * deadline comes in time. Resolution stops every clock. A re-decision applies from its instant by
 * the same rule as a priority change (see {@link #evaluate(List, Instant, List, Instant)}).
 */
public final class CaseClocks {

  private SlaTerms terms;
  private boolean entitled;
  private final List<Clock> clocks = new ArrayList<>();
  private final List<ClockChange> changes = new ArrayList<>();
  private Priority priority;
  private boolean workCommenced;
  private Instant holdStartedAt;
  private Duration onHold = Duration.ZERO;
  private Instant resolvedAt;
  private int byDecision;

  private CaseClocks(SlaTerms terms, Priority priority) {
    this.terms = terms;
    this.entitled = terms != null;
    this.priority = priority;
  }

  public static SlaEvaluation evaluate(
      SlaTerms terms, Priority priority, Instant receivedAt, List<Activity> timeline, Instant now) {
    return evaluate(List.of(new TermsSegment<>(1, receivedAt, priority, terms)), receivedAt, timeline, now);
  }

  /**
   * The replay of a case that may have been re-decided: the decisions in force, oldest first, each
   * from its instant (the first from receipt). A newer decision is applied at its instant, after
   * the activities of that instant, as a priority change is: the time counted before stands.
   * Entitled from a case not entitled before: the clocks start then (first response, or an update
   * once work commenced), targets measured from then. No longer entitled: every open clock stops
   * then (STOPPED); a breach before stands. Other terms or another priority: open clocks are
   * re-timed under them as for a priority change.
   */
  public static SlaEvaluation evaluate(
      List<TermsSegment<SlaTerms>> decisions, Instant receivedAt, List<Activity> timeline, Instant now) {
    if (decisions.isEmpty()) {
      throw new IllegalArgumentException("a case is replayed under at least one decision");
    }
    TermsSegment<SlaTerms> first = decisions.getFirst();
    CaseClocks replay = new CaseClocks(first.terms(), first.priority());
    if (replay.entitled) {
      replay.start(ClockKind.FIRST_RESPONSE, receivedAt);
    }
    Instant cursor = receivedAt;
    List<Activity> ordered = timeline.stream().sorted(Comparator.comparing(Activity::at)).toList();
    List<TermsSegment<SlaTerms>> later = decisions.subList(1, decisions.size());
    int nextDecision = 0;
    for (Activity activity : ordered) {
      if (activity.at().isBefore(receivedAt)) {
        throw new IllegalArgumentException(
            "activity " + activity.kind() + " at " + activity.at() + " precedes the receipt " + receivedAt);
      }
      if (activity.at().isAfter(now)) {
        break;
      }
      // Decisions before the activity's instant apply first; one at the same instant after it.
      while (nextDecision < later.size() && later.get(nextDecision).from().isBefore(activity.at())) {
        cursor = replay.decide(cursor, later.get(nextDecision++));
      }
      replay.advance(cursor, activity.at(), true);
      replay.apply(activity);
      cursor = activity.at();
    }
    while (nextDecision < later.size() && !later.get(nextDecision).from().isAfter(now)) {
      cursor = replay.decide(cursor, later.get(nextDecision++));
    }
    replay.advance(cursor, now, false);
    return replay.report(receivedAt, now);
  }

  /** Counts up to the decision's instant, then applies it; returns the new cursor. */
  private Instant decide(Instant cursor, TermsSegment<SlaTerms> decision) {
    Instant at = decision.from().isBefore(cursor) ? cursor : decision.from();
    advance(cursor, at, true);
    byDecision = decision.version();
    try {
      redecide(decision, at);
    } finally {
      byDecision = 0;
    }
    return at;
  }

  private void redecide(TermsSegment<SlaTerms> decision, Instant at) {
    if (resolvedAt != null) {
      return; // a resolved case has no clocks left to move
    }
    if (!decision.worked()) {
      priority = decision.priority();
      if (entitled) {
        entitled = false;
        for (Clock clock : clocks) {
          if (clock.open()) {
            clock.stopped = true;
            record(clock, ClockChange.Type.STOPPED, at, null, clock.counted);
          }
        }
      }
      return;
    }
    if (!entitled) {
      entitled = true;
      terms = decision.terms();
      priority = decision.priority();
      start(workCommenced ? ClockKind.UPDATE : ClockKind.FIRST_RESPONSE, at);
      return;
    }
    if (decision.terms().equals(terms) && decision.priority() == priority) {
      return; // nothing the clocks count against changed (e.g. the priority change re-timed them already)
    }
    terms = decision.terms();
    retime(decision.priority(), at);
  }

  private void start(ClockKind kind, Instant at) {
    Optional<ReactionTarget> target = terms.target(priority, metricOf(kind));
    if (target.isEmpty()) {
      return;
    }
    int sequence = (int) clocks.stream().filter(c -> c.kind == kind).count() + 1;
    Clock clock = new Clock(kind, sequence, at, priority, target.get(),
        TargetBudget.of(target.get(), terms.calendar(), at));
    clock.paused = holdStartedAt != null;
    clocks.add(clock);
    record(clock, ClockChange.Type.STARTED, at, null, Duration.ZERO);
  }

  /** Counts covered time from t0 to t1 and records warnings and breaches that fall in it. */
  private void advance(Instant t0, Instant t1, boolean beforeActivity) {
    for (Clock clock : clocks) {
      if (!clock.counting()) {
        continue;
      }
      BusinessCalendar calendar = countingCalendar(clock);
      if (!clock.warned()) {
        Instant at = calendar.plus(t0, positive(warningAmount(clock).minus(clock.counted)));
        if (falls(at, t1, beforeActivity)) {
          clock.warnedAt = at;
          record(clock, ClockChange.Type.WARNING, at, null, max(clock.counted, warningAmount(clock)));
        }
      }
      if (!clock.breached()) {
        Instant at = calendar.plus(t0, positive(clock.budget.budget().minus(clock.counted)));
        if (falls(at, t1, beforeActivity)) {
          clock.breachedAt = at;
          record(clock, ClockChange.Type.BREACHED, at, Duration.ZERO, max(clock.counted, clock.budget.budget()));
        }
      }
      clock.counted = clock.counted.plus(calendar.businessTimeBetween(t0, t1));
    }
  }

  private void apply(Activity activity) {
    if (resolvedAt != null) {
      return; // a resolved case has no clocks left to move
    }
    Instant at = activity.at();
    switch (activity.kind()) {
      case PUT_ON_HOLD -> hold(at);
      case RESUMED -> resume(at);
      case CUSTOMER_REPLIED -> {
        resume(at); // the customer answered: the wait is over
        if (entitled && workCommenced && open(ClockKind.FOLLOW_UP).isEmpty()) {
          start(ClockKind.FOLLOW_UP, at);
        }
      }
      case AGENT_RESPONDED -> {
        for (Clock clock : clocks) {
          if (clock.open()) {
            clock.satisfiedAt = at;
            record(clock, ClockChange.Type.MET, at, clock.budget.budget().minus(clock.counted), clock.counted);
          }
        }
        workCommenced = true;
        if (entitled) {
          start(ClockKind.UPDATE, at);
        }
      }
      case PRIORITY_CHANGED -> retime(activity.newPriority(), at);
      case RESOLVED -> {
        endHold(at);
        resolvedAt = at;
        clocks.stream().filter(Clock::open).forEach(c -> c.stopped = true);
      }
    }
  }

  private void hold(Instant at) {
    if (holdStartedAt != null) {
      return;
    }
    holdStartedAt = at;
    for (Clock clock : clocks) {
      if (clock.open()) {
        clock.paused = true;
        record(clock, ClockChange.Type.PAUSED, at, null, clock.counted);
      }
    }
  }

  private void resume(Instant at) {
    if (!endHold(at)) {
      return;
    }
    for (Clock clock : clocks) {
      if (clock.open() && clock.paused) {
        clock.paused = false;
        record(clock, ClockChange.Type.RESUMED, at, null, clock.counted);
      }
    }
  }

  /** Adds the hold to the time on hold; false when the case was not on hold. */
  private boolean endHold(Instant at) {
    if (holdStartedAt == null) {
      return false;
    }
    onHold = onHold.plus(Duration.between(holdStartedAt, at));
    holdStartedAt = null;
    return true;
  }

  private void retime(Priority to, Instant at) {
    priority = to;
    if (!entitled) {
      return; // nothing is timed; a later decision starts the clocks at the priority it names
    }
    for (Clock clock : clocks) {
      if (!clock.open()) {
        continue;
      }
      Optional<ReactionTarget> target = terms.target(to, metricOf(clock.kind));
      if (target.isEmpty()) {
        clock.stopped = true; // the new priority promises no such reaction
        continue;
      }
      clock.priority = to;
      clock.target = target.get();
      clock.budget = TargetBudget.of(target.get(), terms.calendar(), clock.startedAt);
      record(clock, ClockChange.Type.RETIMED, at, null, clock.counted);
      // Past changes stand; a target the counted time already exceeds falls now.
      if (!clock.warned() && clock.counted.compareTo(warningAmount(clock)) >= 0) {
        clock.warnedAt = at;
        record(clock, ClockChange.Type.WARNING, at, null, clock.counted);
      }
      if (!clock.breached() && clock.counted.compareTo(clock.budget.budget()) >= 0) {
        clock.breachedAt = at;
        record(clock, ClockChange.Type.BREACHED, at, clock.budget.budget().minus(clock.counted), clock.counted);
      }
    }
  }

  private SlaEvaluation report(Instant receivedAt, Instant now) {
    Duration held = holdStartedAt == null ? onHold : onHold.plus(Duration.between(holdStartedAt, now));
    List<ClockReport> reports = clocks.stream().map(c -> c.report(now, countingCalendar(c), warningAmount(c))).toList();
    Duration downtime = resolvedAt == null ? null : Duration.between(receivedAt, resolvedAt).minus(onHold);
    return new SlaEvaluation(reports, changes, priority, held, resolvedAt, downtime);
  }

  private BusinessCalendar countingCalendar(Clock clock) {
    if (workCommenced && terms.aroundTheClockOnceWorking().contains(clock.priority)) {
      return BusinessCalendar.twentyFourSeven(terms.calendar().zone());
    }
    return clock.budget.countedOn();
  }

  private Duration warningAmount(Clock clock) {
    return Duration.ofMillis(Math.round(clock.budget.budget().toMillis() * terms.warningShare().value()));
  }

  private Optional<Clock> open(ClockKind kind) {
    return clocks.stream().filter(c -> c.kind == kind && c.open()).findFirst();
  }

  private void record(Clock clock, ClockChange.Type type, Instant at, Duration margin, Duration counted) {
    BusinessCalendar calendar = countingCalendar(clock);
    Instant deadline = clock.breached() ? clock.breachedAt
        : calendar.plus(at, positive(clock.budget.budget().minus(counted)));
    Instant warningAt = clock.warned() || clock.breached() ? null
        : calendar.plus(at, positive(warningAmount(clock).minus(counted)));
    changes.add(new ClockChange(clock.kind, clock.sequence, type, at, clock.priority, clock.target,
        clock.startedAt, deadline, warningAt, counted, margin, byDecision));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static boolean falls(Instant at, Instant limit, boolean beforeActivity) {
    return beforeActivity ? at.isBefore(limit) : !at.isAfter(limit);
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static ReactionMetric metricOf(ClockKind kind) {
    return switch (kind) {
      case FIRST_RESPONSE -> ReactionMetric.FIRST_RESPONSE;
      case FOLLOW_UP -> ReactionMetric.FOLLOW_UP;
      case UPDATE -> ReactionMetric.UPDATE_CADENCE;
    };
  }

  /** The mutable state of one clock during the replay. */
  private static final class Clock {
    final ClockKind kind;
    final int sequence;
    final Instant startedAt;
    Priority priority;
    ReactionTarget target;
    TargetBudget budget;
    Duration counted = Duration.ZERO;
    boolean paused;
    boolean stopped;
    Instant warnedAt;
    Instant breachedAt;
    Instant satisfiedAt;

    Clock(ClockKind kind, int sequence, Instant startedAt, Priority priority, ReactionTarget target,
        TargetBudget budget) {
      this.kind = kind;
      this.sequence = sequence;
      this.startedAt = startedAt;
      this.priority = priority;
      this.target = target;
      this.budget = budget;
    }

    boolean warned() {
      return warnedAt != null;
    }

    boolean breached() {
      return breachedAt != null;
    }

    /** Still waiting for its satisfying activity (a breached clock waits too, to know how late). */
    boolean open() {
      return !stopped && satisfiedAt == null;
    }

    boolean counting() {
      return open() && !paused;
    }

    ClockReport report(Instant now, BusinessCalendar calendar, Duration warningAmount) {
      Duration left = budget.budget().minus(counted);
      boolean ticking = counting() && !breached();
      ClockState state = stopped ? ClockState.STOPPED
          : breached() ? ClockState.BREACHED
          : satisfiedAt != null ? ClockState.MET
          : paused ? ClockState.PAUSED
          : ClockState.RUNNING;
      Instant deadline = breached() ? breachedAt : ticking ? calendar.plus(now, left) : null;
      Instant warningAt = warned() ? warnedAt
          : ticking ? calendar.plus(now, positive(warningAmount.minus(counted))) : null;
      return new ClockReport(kind, sequence, priority, target, state, startedAt, warningAt, deadline,
          counted, positive(left), warnedAt, breachedAt, satisfiedAt,
          satisfiedAt == null ? null : left);
    }
  }
}
