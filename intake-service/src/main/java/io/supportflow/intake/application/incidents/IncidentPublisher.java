package io.supportflow.intake.application.incidents;

import io.supportflow.intake.domain.incident.IncidentNotice;

/** Announces what one linked case is told of its incident; throws when it could not. */
public interface IncidentPublisher {

  void announce(String tenantId, IncidentNotice notice);
}
