package io.supportflow.console.adapter.messaging;

import io.supportflow.console.application.CaseIncidents;
import io.supportflow.console.application.CaseProjection;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.timeline.messaging.PartitionedFlow;

/**
 * The seven case topics -> the console's case views (and intake.incidents -> the incident each case is part of). One multiplexed binding reads them all, so a
 * case's events all reach the instance owning its partition number: the single writer of its view.
 * An event of another type fails and is dead-lettered with that reason.
 */
public final class ProjectCasesFlow {

  private ProjectCasesFlow() {}

  public static PartitionedFlow of(CaseProjection projection) {
    return new PartitionedFlow("console-service")
        .on(RequestReceived.class, (e, p) -> projection.apply(CaseEvents.opened(e)))
        .on(CaseActivityRecorded.class, (e, p) -> projection.apply(CaseEvents.activity(e)))
        .on(EntitlementDecided.class, (e, p) -> projection.apply(CaseEvents.decided(e)))
        .on(SlaClockChanged.class, (e, p) -> projection.apply(CaseEvents.clock(e)))
        .on(CaseDowntimeMeasured.class, (e, p) -> projection.apply(CaseEvents.downtime(e)))
        .on(EscalationRaised.class, (e, p) -> projection.apply(CaseEvents.escalation(e)))
        .on(NotificationAttempted.class, (e, p) -> projection.apply(CaseEvents.mail(e)));
  }

  /** The same, and intake.incidents: the major incident each case is part of, kept beside its view. */
  public static PartitionedFlow of(CaseProjection projection, CaseIncidents incidents) {
    return of(projection).on(IncidentActivityRecorded.class, (e, p) -> incidents.told(CaseEvents.incident(e)));
  }
}
