package io.supportflow.sla.application;

import java.time.Instant;

/** Wakes the case up at an instant (a warning or a deadline), durably, on the case's partition. */
public interface ClockTimers {

  void wakeAt(TrackedCase trackedCase, Instant at);
}
