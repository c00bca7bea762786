package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.escalation.domain.EscalationWalk;
import io.supportflow.escalation.domain.NextLevel;
import io.supportflow.escalation.domain.Priority;
import io.supportflow.timeline.CaseReplays;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Walks the live cases. Every input (a decision, an activity, a timer) records what it says and
 * then replays the case with {@link EscalationWalk}; levels not yet published are published, and a
 * timer is set for the next level. Replaying is idempotent, so a redelivery or a timer firing
 * twice publishes nothing new, and a crash between publishing and recording publishes the same
 * level id again, which consumers ignore.
 */
public final class WalkEscalations {

  /** A decision with a matrix to walk. */
  public record Decision(String caseId, String tenantId, String caseNumber, int partition,
      Priority priority, Instant receivedAt, EscalationTerms terms) {}

  /** A case activity; activity null for ones that do not touch the walk (a note, a warning). */
  public record CaseActivity(String eventId, String caseId, String tenantId, String caseNumber,
      int partition, Activity activity) {}

  private final EscalatedCases cases;
  private final EscalationEvents events;
  private final EscalationTimers timers;
  private final Clock clock;
  private final CaseReplays replays = new CaseReplays();

  public WalkEscalations(EscalatedCases cases, EscalationEvents events, EscalationTimers timers, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.timers = timers;
    this.clock = clock;
  }

  public void decided(Decision d) {
    cases.recordTerms(d.caseId(), d.tenantId(), d.caseNumber(), d.partition(), d.priority(), d.receivedAt(), d.terms());
    replay(d.caseId(), d.receivedAt());
  }

  public void activity(CaseActivity a) {
    if (a.activity() == null) {
      return;
    }
    cases.recordActivity(a.caseId(), a.tenantId(), a.caseNumber(), a.partition(), a.eventId(), a.activity());
    replay(a.caseId(), a.activity().at());
  }

  public void wokenAt(String caseId, Instant dueAt) {
    replay(caseId, dueAt);
  }

  /** The walk of a case now, or empty when the case is unknown or has no matrix yet. */
  public Optional<EscalationReport> current(String caseId) {
    return cases.find(caseId).filter(c -> c.terms() != null).map(c -> evaluate(c, latest(c, clock.instant())));
  }

  public Optional<EscalatedCase> find(String caseId) {
    return cases.find(caseId);
  }

  private void replay(String caseId, Instant atLeast) {
    replays.exclusively(caseId, () -> {
      Optional<EscalatedCase> found = cases.find(caseId);
      if (found.isEmpty() || found.get().terms() == null) {
        return; // activities before the decision wait for it
      }
      EscalatedCase escalated = found.get();
      Instant now = latest(escalated, atLeast.isAfter(clock.instant()) ? atLeast : clock.instant());
      EscalationReport report = evaluate(escalated, now);
      List<String> fresh = CaseReplays.publishUnpublished(report.reached(), level -> level.levelId(caseId),
          escalated.published(), level -> events.publish(escalated, level));
      if (!fresh.isEmpty()) {
        cases.recordPublished(caseId, fresh);
      }
      report.next().stream().map(NextLevel::dueAt).filter(now::isBefore).min(Instant::compareTo)
          .ifPresent(due -> timers.wakeAt(escalated, due));
    });
  }

  private static EscalationReport evaluate(EscalatedCase c, Instant now) {
    return EscalationWalk.evaluate(c.terms().matrix(), c.terms().roster(), c.terms().calendar(),
        c.priority(), c.receivedAt(), c.activities(), now);
  }

  /** Never evaluate before the case's own last activity, whatever this host's clock says. */
  private static Instant latest(EscalatedCase c, Instant now) {
    return c.activities().stream().map(Activity::at).filter(now::isBefore).max(Instant::compareTo).orElse(now);
  }
}
