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
      public void drop(String caseId) {
        // stored when gathered: the cancel that follows a drop removes them
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

    /** Forgets the case's wake-ups gathered so far, before its timers are cancelled. */
    void drop(String caseId);

    void store();
  }

  /** Timers that can also be dropped, for a service whose case can stop needing them. */
  interface Cancellable extends CaseTimers {

    void cancel(String caseId);
  }
}
