package io.supportflow.escalation.domain;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.TermsSegment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays a case's escalation from its receipt and timeline up to now. Pure: the same inputs give
 * the same levels at the same instants, which is what makes the live flow idempotent.
 *
 * <p>A role is told once per case: a level whose role was reached under an earlier priority stays
 * reached and is not raised again by the new plan.
 */
public final class EscalationWalk {

  private EscalationWalk() {}

  /** What a decision gives the walk: the matrix, who holds its roles, and the calendar business offsets count on. */
  public record Plan(EscalationMatrix matrix, Roster roster, BusinessCalendar calendar) {}

  public static EscalationReport evaluate(EscalationMatrix matrix, Roster roster, BusinessCalendar calendar,
      Priority priority, Instant receivedAt, List<Activity> timeline, Instant now) {
    return evaluate(List.of(new TermsSegment<>(1, receivedAt, priority, new Plan(matrix, roster, calendar))),
        receivedAt, timeline, now);
  }

  /**
   * The walk of a case that may have been re-decided: the decisions in force, oldest first, each
   * from its instant (the first from receipt), with the plan it walks under or none (not entitled,
   * or no matrix). A newer decision applies at its instant, after the activities of that instant:
   * one that walks a case not walked before starts the walk then (offsets counted from then); one
   * that walks none stops it (no further level; those reached stand); other terms or another
   * priority re-plan it as a priority change does. A role is told once per case, whatever the
   * decisions.
   */
  public static EscalationReport evaluate(List<TermsSegment<Plan>> decisions, Instant receivedAt,
      List<Activity> timeline, Instant now) {
    TermsSegment<Plan> first = decisions.getFirst();
    Walk walk = new Walk(first.terms(), receivedAt, first.priority());
    List<TermsSegment<Plan>> later = decisions.subList(1, decisions.size());
    int nextDecision = 0;
    List<Activity> ordered = timeline.stream().filter(a -> !a.at().isAfter(now))
        .sorted(Comparator.comparing(Activity::at)).toList();
    for (Activity activity : ordered) {
      while (nextDecision < later.size() && later.get(nextDecision).from().isBefore(activity.at())) {
        walk.decided(later.get(nextDecision++));
      }
      walk.reachDueBy(activity.at());
      switch (activity.kind()) {
        case RESOLVED -> {
          return walk.report(true, now);
        }
        case PRIORITY_CHANGED -> walk.replan(activity.newPriority(), activity.at());
        case SLA_BREACHED -> walk.breached(activity.at());
        default -> { }
      }
    }
    while (nextDecision < later.size() && !later.get(nextDecision).from().isAfter(now)) {
      walk.decided(later.get(nextDecision++));
    }
    walk.reachDueBy(now);
    return walk.report(false, now);
  }

  /** The state of one replay. */
  private static final class Walk {
    private Plan plan;
    private boolean walking;
    private Instant anchor;
    private final List<ReachedLevel> reached = new ArrayList<>();
    private Priority priority;
    private Priority previous;
    private Instant planFrom;

    Walk(Plan plan, Instant receivedAt, Priority priority) {
      this.plan = plan;
      this.walking = plan != null;
      this.anchor = receivedAt;
      this.priority = priority;
      this.planFrom = receivedAt;
    }

    /** A re-decision at its instant: start, stop or re-plan the walk. */
    void decided(TermsSegment<Plan> decision) {
      Instant at = decision.from().isBefore(planFrom) ? planFrom : decision.from();
      reachDueBy(at);
      if (!decision.worked()) {
        walking = false;
        priority = decision.priority();
        return;
      }
      if (!walking) {
        walking = true;
        plan = decision.terms();
        priority = decision.priority();
        previous = null;
        anchor = at;
        planFrom = at;
        reachDueBy(at);
        return;
      }
      if (decision.terms().equals(plan) && decision.priority() == priority) {
        return;
      }
      plan = decision.terms();
      replan(decision.priority(), at);
    }

    /** Reaches every untold level due by the instant; one that fell due before the plan applied fires when it did. */
    void reachDueBy(Instant instant) {
      if (!walking) {
        return;
      }
      List<EscalationStep> steps = plan.matrix().plan(priority);
      for (int i = 0; i < steps.size(); i++) {
        EscalationStep step = steps.get(i);
        Instant due = step.dueAt(anchor, plan.calendar());
        if (!due.isAfter(instant) && !told(step.role())) {
          boolean late = due.isBefore(planFrom);
          reach(i + 1, step, late ? planFrom : due, late ? lateReason(step) : reason(step));
        }
      }
    }

    void replan(Priority to, Instant at) {
      if (!walking) {
        priority = to; // nothing is walked; a later decision starts the walk at the priority it names
        return;
      }
      previous = priority;
      priority = to;
      planFrom = at;
      reachDueBy(at);
    }

    /** A breach raises the next untold level now, when the matrix says so. */
    void breached(Instant at) {
      if (!walking || !plan.matrix().raiseOnBreach()) {
        return;
      }
      List<EscalationStep> steps = plan.matrix().plan(priority);
      for (int i = 0; i < steps.size(); i++) {
        if (!told(steps.get(i).role())) {
          reach(i + 1, steps.get(i), at, priority + " SLA breached");
          return;
        }
      }
    }

    EscalationReport report(boolean resolved, Instant now) {
      List<NextLevel> next = new ArrayList<>();
      if (!resolved && walking) {
        List<EscalationStep> steps = plan.matrix().plan(priority);
        for (int i = 0; i < steps.size(); i++) {
          EscalationStep step = steps.get(i);
          if (!told(step.role())) {
            next.add(new NextLevel(i + 1, priority, step.role(), plan.roster().holderOf(step.role()).orElse(null),
                step.dueAt(anchor, plan.calendar())));
          }
        }
      }
      return new EscalationReport(priority, resolved, reached, next);
    }

    private void reach(int level, EscalationStep step, Instant at, String reason) {
      reached.add(new ReachedLevel(level, priority, step.role(), plan.roster().holderOf(step.role()).orElse(null), at,
          reason));
    }

    /** Whether the role was told already, under this priority or an earlier one: the reached levels say it. */
    private boolean told(String role) {
      return reached.stream().anyMatch(r -> r.role().equals(role));
    }

    private String lateReason(EscalationStep step) {
      String change = previous == null || previous == priority ? priority + " re-decided" : previous + " raised to " + priority;
      return change + ": "
          + (step.amount() == 0 ? "escalated at once" : "not resolved within " + step.describe());
    }

    private String reason(EscalationStep step) {
      return step.amount() == 0 ? priority + " case escalated on receipt"
          : priority + " not resolved within " + step.describe();
    }
  }
}
