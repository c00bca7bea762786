package io.supportflow.timeline;

import java.time.Instant;

/** Wakes a case up at an instant, durably, on the case's partition. Waking it twice at one instant is harmless. */
@FunctionalInterface
public interface CaseTimers {

  void wakeAt(TimedCase timedCase, Instant at);

  /**
   * Wake-ups gathered while each case's context is open (each keeps it) and stored together by
   * {@link Gathered#store()}: one write for a poll's cases. By default each is stored at once.
   */
  default Gathered gather() {
    return new Gathered() {
      @Override
      public void wakeAt(TimedCase timedCase, Instant at) {
        CaseTimers.this.wakeAt(timedCase, at);
      }

      @Override
      public void store() {
        // each was stored when gathered
      }
    };
  }

  /** Wake-ups waiting to be stored together. */
  interface Gathered {

    void wakeAt(TimedCase timedCase, Instant at);

    void store();
  }

  /** Timers that can also be dropped, for a service whose case can stop needing them. */
  interface Cancellable extends CaseTimers {

    void cancel(String caseId);
  }
}
