package io.supportflow.sla.application;

import io.supportflow.sla.domain.CaseClocks;
import io.supportflow.sla.domain.ClockReport;
import io.supportflow.sla.domain.ClockState;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Publication;
import io.supportflow.timeline.Replay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * sla-service's replay of a case (run by the kit's CaseReplays): {@link CaseClocks} over the
 * timeline; every clock change is published under its change id, a resolved case's downtime once
 * per resolution, and the case is woken up for the next warning and deadline.
 */
public record TrackCaseClocks(ClockEvents events, DowntimeEvents downtimes)
    implements Replay<SlaTerms, SlaEvaluation> {

  @Override
  public SlaEvaluation evaluate(CaseTimeline<SlaTerms> c, Instant now) {
    return CaseClocks.evaluate(c.decisions(), c.receivedAt(), c.activities(), now);
  }

  @Override
  public List<Publication> publications(CaseTimeline<SlaTerms> tracked, SlaEvaluation evaluation) {
    List<Publication> outputs = new ArrayList<>();
    evaluation.changes().forEach(change ->
        outputs.add(new Publication(change.changeId(tracked.caseId()), () -> events.publish(tracked, change))));
    if (evaluation.resolved()) {
      // Every recorded activity has its event id; the instant is only a fallback that is stable too.
      String measurementId = tracked.caseId() + ":downtime:"
          + tracked.resolvedBy(evaluation.resolvedAt()).orElse("at-" + evaluation.resolvedAt().toEpochMilli());
      MeasuredDowntime downtime = new MeasuredDowntime(measurementId, evaluation.priority(), tracked.receivedAt(),
          evaluation.resolvedAt(), evaluation.onHold(), evaluation.downtime());
      outputs.add(new Publication(measurementId, () -> downtimes.publish(tracked, downtime)));
    }
    return outputs;
  }

  @Override
  public List<Instant> wakeUps(SlaEvaluation evaluation, Instant now) {
    List<Instant> wakeUps = new ArrayList<>();
    for (ClockReport report : evaluation.clocks()) {
      if (report.state() == ClockState.RUNNING) {
        if (report.warnedAt() == null && report.warningAt() != null && report.warningAt().isAfter(now)) {
          wakeUps.add(report.warningAt());
        }
        if (report.deadline() != null && report.deadline().isAfter(now)) {
          wakeUps.add(report.deadline());
        }
      }
    }
    return wakeUps;
  }
}
