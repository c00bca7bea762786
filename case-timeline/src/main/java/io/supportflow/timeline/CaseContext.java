package io.supportflow.timeline;

/**
 * Opens, around a case's replay in a poll, the context of the record that caused it: its trace
 * and the case's log fields. A poll has no span per record, so without it what the replay
 * publishes would start a trace of its own. The observability module's tracing supplies it.
 */
@FunctionalInterface
public interface CaseContext {

  /** Opens nothing. */
  CaseContext NONE = (c, traceparent) -> () -> { };

  Scope open(CaseTimeline<?> c, String traceparent);

  /** An opened context; closing it never throws. */
  @FunctionalInterface
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
