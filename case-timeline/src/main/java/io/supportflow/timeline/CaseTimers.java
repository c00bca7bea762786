package io.supportflow.timeline;

import java.time.Instant;

/** Wakes a case up at an instant, durably, on the case's partition. Waking it twice at one instant is harmless. */
@FunctionalInterface
public interface CaseTimers {

  void wakeAt(TimedCase timedCase, Instant at);

  /** Timers that can also be dropped, for a service whose case can stop needing them. */
  interface Cancellable extends CaseTimers {

    void cancel(String caseId);
  }
}
