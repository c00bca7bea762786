package io.supportflow.sla.application;

import io.supportflow.sla.domain.ClockChange;

/** Announces a clock change; throws when it could not, so the change is announced again later. */
public interface ClockEvents {

  void publish(TrackedCase trackedCase, ClockChange change);
}
