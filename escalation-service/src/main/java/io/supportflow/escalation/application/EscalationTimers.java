package io.supportflow.escalation.application;

import java.time.Instant;

/** Wakes the case up when its next level is due, durably, on the case's partition. */
public interface EscalationTimers {

  void wakeAt(EscalatedCase escalatedCase, Instant at);
}
