package io.supportflow.timeline;

import java.time.Instant;
import java.util.List;

/**
 * A service's own part of replaying a case: its domain replay, what of the result it publishes
 * (each output under a deterministic id) and when it wants the case woken up next.
 *
 * @param <T> the terms the service keeps
 * @param <R> what its domain replay reports
 */
public interface Replay<T, R> {

  /** The domain replay of the case's whole timeline up to now. */
  R evaluate(CaseTimeline<T> timeline, Instant now);

  /** Everything the result says should have been published by now, published or not yet. */
  List<Publication> publications(CaseTimeline<T> timeline, R result);

  /** The instants after now at which the case must be replayed again. */
  List<Instant> wakeUps(R result, Instant now);
}
