package io.supportflow.timers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where timers outlive the process. Every write is a single-document write. */
public interface TimerStore {

  /** Stores the timer unless it exists already (same id): scheduling twice is harmless. */
  void schedule(Timer timer);

  /** Stores each timer unless it exists already, as {@link #schedule} does one; a store may do it in one round trip. */
  default void scheduleAll(Collection<Timer> timers) {
    timers.forEach(this::schedule);
  }

  /** Removes the case's unfired timers of that kind, e.g. when a clock is met or a case resolved. */
  void cancel(String caseId, String kind);

  /** Unfired timers of the partitions due before the instant, earliest first. */
  List<Timer> dueBefore(Set<Integer> partitions, Instant before, int limit);

  /**
   * Records the firing with the emitted event id, only if no one fired it yet. Returns false when
   * it had been fired already (by this instance before a crash, or by the partition's previous owner).
   */
  boolean markFired(Timer timer, String eventId, Instant firedAt);

  /** A timer whose handler ran, with the id of the event it emitted. */
  record Firing(Timer timer, String eventId) {}

  /**
   * Records many firings, each only if no one recorded it before, as {@link #markFired} does one;
   * returns how many were recorded by this call. A store may do it in one round trip.
   */
  default int markFired(List<Firing> firings, Instant firedAt) {
    int recorded = 0;
    for (Firing firing : firings) {
      recorded += markFired(firing.timer(), firing.eventId(), firedAt) ? 1 : 0;
    }
    return recorded;
  }
}
