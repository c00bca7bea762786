package io.supportflow.sla.application;

import java.util.Optional;

/** The clocks of every case, one per case and kind: a redelivered decision never starts a second. */
public interface ClockStore {

  Optional<StartedClock> find(String clockId);

  /** Stores the clock unless one with its id exists already; returns whichever is stored. */
  StartedClock saveOnce(StartedClock clock);
}
