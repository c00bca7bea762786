package io.supportflow.sla.application;

import io.supportflow.sla.domain.CaseClocks;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The what-if: how the clocks of a case would stand under these terms for this timeline. Pure
 * computation with the same replay the live service uses, so the preview and the pipeline agree.
 */
public final class PreviewClocks {

  /** What a preview says: the evaluation, and when work commences for a request received then. */
  public record Preview(SlaEvaluation evaluation, Instant workCommencesAt, Instant evaluatedAt) {}

  /** @param at the instant to evaluate at; null means the last activity (or the receipt) */
  public Preview preview(
      SlaTerms terms, Priority priority, Instant receivedAt, List<Activity> activities, Instant at) {
    Instant horizon = at != null ? at : activities.stream()
        .map(Activity::at)
        .max(Comparator.naturalOrder())
        .filter(last -> last.isAfter(receivedAt))
        .orElse(receivedAt);
    return new Preview(
        CaseClocks.evaluate(terms, priority, receivedAt, activities, horizon),
        terms.calendar().nextCoveredMoment(receivedAt),
        horizon);
  }
}
