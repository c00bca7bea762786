package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.escalation.domain.EscalationWalk;
import io.supportflow.escalation.domain.NextLevel;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Publication;
import io.supportflow.timeline.Replay;
import java.time.Instant;
import java.util.List;

/**
 * escalation-service's replay of a case (run by the kit's CaseReplays): {@link EscalationWalk}
 * over the timeline; every level reached is published under its level id, and the case is woken
 * up when its next level is due.
 */
public final class WalkEscalations implements Replay<EscalationTerms, EscalationReport> {

  private final EscalationEvents events;

  public WalkEscalations(EscalationEvents events) {
    this.events = events;
  }

  @Override
  public EscalationReport evaluate(CaseTimeline<EscalationTerms> c, Instant now) {
    return EscalationWalk.evaluate(c.terms().matrix(), c.terms().roster(), c.terms().calendar(),
        c.priority(), c.receivedAt(), c.activities(), now);
  }

  @Override
  public List<Publication> publications(CaseTimeline<EscalationTerms> escalated, EscalationReport report) {
    return report.reached().stream()
        .map(level -> new Publication(level.levelId(escalated.caseId()), () -> events.publish(escalated, level)))
        .toList();
  }

  @Override
  public List<Instant> wakeUps(EscalationReport report, Instant now) {
    return report.next().stream().map(NextLevel::dueAt).filter(now::isBefore).min(Instant::compareTo).stream().toList();
  }
}
