package io.supportflow.sla.application;

import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.CaseClocks;
import io.supportflow.sla.domain.ClockReport;
import io.supportflow.sla.domain.ClockState;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseReplays;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Times the live cases. Every input (a decision, an activity, a timer) records what it says and
 * then replays the case with {@link CaseClocks}; changes not yet published are published, a
 * resolved case's downtime is published once per resolution, and timers are set for the next
 * warning and deadline. Replaying is idempotent, so a redelivered event or a timer firing twice
 * publishes nothing new, and a crash between publishing and recording publishes the same id
 * again, which consumers ignore.
 */
public final class TrackCaseClocks {

  /** A decision worth timing: it carries terms. */
  public record Decision(String caseId, String tenantId, String caseNumber, String customerId,
      int partition, Priority priority, Instant receivedAt, SlaTerms terms) {}

  /** A case activity; activity null for ones that move no clock (an internal note). */
  public record CaseActivity(String eventId, String caseId, String tenantId, String caseNumber,
      int partition, Activity activity) {}

  private final TrackedCases cases;
  private final ClockEvents events;
  private final DowntimeEvents downtimes;
  private final ClockTimers timers;
  private final Clock clock;
  private final CaseReplays replays = new CaseReplays();

  public TrackCaseClocks(
      TrackedCases cases, ClockEvents events, DowntimeEvents downtimes, ClockTimers timers, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.downtimes = downtimes;
    this.timers = timers;
    this.clock = clock;
  }

  public void decided(Decision d) {
    cases.recordTerms(d.caseId(), d.tenantId(), d.caseNumber(), d.customerId(), d.partition(),
        d.priority(), d.receivedAt(), d.terms());
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

  /** The clocks of a case now, or empty when the case is unknown or has no terms yet. */
  public Optional<SlaEvaluation> current(String caseId) {
    return cases.find(caseId)
        .filter(c -> c.terms() != null)
        .map(c -> evaluate(c, latest(c, clock.instant())));
  }

  public Optional<TrackedCase> find(String caseId) {
    return cases.find(caseId);
  }

  private void replay(String caseId, Instant atLeast) {
    replays.exclusively(caseId, () -> {
      Optional<TrackedCase> found = cases.find(caseId);
      if (found.isEmpty() || found.get().terms() == null) {
        return; // activities before the decision wait for it
      }
      TrackedCase tracked = found.get();
      Instant now = latest(tracked, atLeast.isAfter(clock.instant()) ? atLeast : clock.instant());
      SlaEvaluation evaluation = evaluate(tracked, now);
      List<String> fresh = CaseReplays.publishUnpublished(evaluation.changes(), change -> change.changeId(caseId),
          tracked.published(), change -> events.publish(tracked, change));
      if (!fresh.isEmpty()) {
        cases.recordPublished(caseId, fresh);
      }
      if (evaluation.resolved()) {
        publishDowntime(tracked, evaluation);
      }
      for (ClockReport report : evaluation.clocks()) {
        if (report.state() == ClockState.RUNNING) {
          if (report.warnedAt() == null && report.warningAt() != null && report.warningAt().isAfter(now)) {
            timers.wakeAt(tracked, report.warningAt());
          }
          if (report.deadline() != null && report.deadline().isAfter(now)) {
            timers.wakeAt(tracked, report.deadline());
          }
        }
      }
    });
  }

  private void publishDowntime(TrackedCase tracked, SlaEvaluation evaluation) {
    // Every recorded activity has its event id; the instant is only a fallback that is stable too.
    String measurementId = tracked.caseId() + ":downtime:"
        + tracked.resolvedBy(evaluation.resolvedAt()).orElse("at-" + evaluation.resolvedAt().toEpochMilli());
    if (tracked.published().contains(measurementId)) {
      return;
    }
    downtimes.publish(tracked, new MeasuredDowntime(measurementId, evaluation.priority(), tracked.receivedAt(),
        evaluation.resolvedAt(), evaluation.onHold(), evaluation.downtime()));
    cases.recordPublished(tracked.caseId(), List.of(measurementId));
  }

  private static SlaEvaluation evaluate(TrackedCase c, Instant now) {
    return CaseClocks.evaluate(c.terms(), c.priority(), c.receivedAt(), c.activities(), now);
  }

  /** Never evaluate before the case's own last activity, whatever this host's clock says. */
  private static Instant latest(TrackedCase c, Instant now) {
    return c.activities().stream().map(Activity::at).filter(now::isBefore).max(Instant::compareTo).orElse(now);
  }
}
