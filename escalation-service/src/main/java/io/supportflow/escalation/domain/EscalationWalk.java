package io.supportflow.escalation.domain;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
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

  public static EscalationReport evaluate(EscalationMatrix matrix, Roster roster, BusinessCalendar calendar,
      Priority priority, Instant receivedAt, List<Activity> timeline, Instant now) {
    Walk walk = new Walk(matrix, roster, calendar, receivedAt, priority);
    List<Activity> ordered = timeline.stream().filter(a -> !a.at().isAfter(now))
        .sorted(Comparator.comparing(Activity::at)).toList();
    for (Activity activity : ordered) {
      walk.reachDueBy(activity.at());
      switch (activity.kind()) {
        case RESOLVED -> {
          return walk.report(true, now);
        }
        case PRIORITY_CHANGED -> walk.replan(activity.newPriority(), activity.at());
        case SLA_BREACHED -> walk.breached(activity.at());
      }
    }
    walk.reachDueBy(now);
    return walk.report(false, now);
  }

  /** The state of one replay. */
  private static final class Walk {
    private final EscalationMatrix matrix;
    private final Roster roster;
    private final BusinessCalendar calendar;
    private final Instant receivedAt;
    private final List<ReachedLevel> reached = new ArrayList<>();
    private Priority priority;
    private Priority previous;
    private Instant planFrom;

    Walk(EscalationMatrix matrix, Roster roster, BusinessCalendar calendar, Instant receivedAt, Priority priority) {
      this.matrix = matrix;
      this.roster = roster;
      this.calendar = calendar;
      this.receivedAt = receivedAt;
      this.priority = priority;
      this.planFrom = receivedAt;
    }

    /** Reaches every untold level due by the instant; one that fell due before the plan applied fires when it did. */
    void reachDueBy(Instant instant) {
      List<EscalationStep> plan = matrix.plan(priority);
      for (int i = 0; i < plan.size(); i++) {
        EscalationStep step = plan.get(i);
        Instant due = step.dueAt(receivedAt, calendar);
        if (!due.isAfter(instant) && !told(step.role())) {
          boolean late = due.isBefore(planFrom);
          reach(i + 1, step, late ? planFrom : due, late ? lateReason(step) : reason(step));
        }
      }
    }

    void replan(Priority to, Instant at) {
      previous = priority;
      priority = to;
      planFrom = at;
      reachDueBy(at);
    }

    /** A breach raises the next untold level now, when the matrix says so. */
    void breached(Instant at) {
      if (!matrix.raiseOnBreach()) {
        return;
      }
      List<EscalationStep> plan = matrix.plan(priority);
      for (int i = 0; i < plan.size(); i++) {
        if (!told(plan.get(i).role())) {
          reach(i + 1, plan.get(i), at, priority + " SLA breached");
          return;
        }
      }
    }

    EscalationReport report(boolean resolved, Instant now) {
      List<NextLevel> next = new ArrayList<>();
      if (!resolved) {
        List<EscalationStep> plan = matrix.plan(priority);
        for (int i = 0; i < plan.size(); i++) {
          EscalationStep step = plan.get(i);
          if (!told(step.role())) {
            next.add(new NextLevel(i + 1, priority, step.role(), roster.holderOf(step.role()).orElse(null),
                step.dueAt(receivedAt, calendar)));
          }
        }
      }
      return new EscalationReport(priority, resolved, reached, next);
    }

    private void reach(int level, EscalationStep step, Instant at, String reason) {
      reached.add(new ReachedLevel(level, priority, step.role(), roster.holderOf(step.role()).orElse(null), at, reason));
    }

    /** Whether the role was told already, under this priority or an earlier one: the reached levels say it. */
    private boolean told(String role) {
      return reached.stream().anyMatch(r -> r.role().equals(role));
    }

    private String lateReason(EscalationStep step) {
      return previous + " raised to " + priority + ": "
          + (step.amount() == 0 ? "escalated at once" : "not resolved within " + step.describe());
    }

    private String reason(EscalationStep step) {
      return step.amount() == 0 ? priority + " case escalated on receipt"
          : priority + " not resolved within " + step.describe();
    }
  }
}
