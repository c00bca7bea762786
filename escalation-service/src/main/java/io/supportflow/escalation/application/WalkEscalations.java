package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.escalation.domain.EscalationWalk;
import io.supportflow.escalation.domain.NextLevel;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Publication;
import io.supportflow.timeline.Replay;
import io.supportflow.timeline.TermsSegment;
import java.time.Instant;
import java.util.List;

/**
 * escalation-service's replay of a case (run by the kit's CaseReplays): {@link EscalationWalk}
 * over the timeline, under the decisions in force (each from its effectiveFrom); every level reached is published under its level id, and the case is woken
 * up when its next level is due.
 */
public record WalkEscalations(EscalationEvents events) implements Replay<EscalationTerms, EscalationReport> {

  @Override
  public EscalationReport evaluate(CaseTimeline<EscalationTerms> c, Instant now) {
    List<TermsSegment<EscalationWalk.Plan>> decisions = c.decisions().stream()
        .map(d -> new TermsSegment<>(d.version(), d.from(), d.priority(), d.terms() == null ? null
            : new EscalationWalk.Plan(d.terms().matrix(), d.terms().roster(), d.terms().calendar())))
        .toList();
    return EscalationWalk.evaluate(decisions, c.receivedAt(), c.activities(), now);
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
