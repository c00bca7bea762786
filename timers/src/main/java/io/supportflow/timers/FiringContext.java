package io.supportflow.timers;

/**
 * What a timer keeps of the context it is set in (the trace being handled, the case number in
 * the log context) and restores around its firing, so what the firing publishes and logs belongs
 * to the case's trace instead of a trace of its own. The timers know nothing of tracing or
 * logging; the observability module supplies the implementation.
 */
public interface FiringContext {

  /** Keeps nothing and restores nothing. */
  FiringContext NONE = new FiringContext() {
    @Override
    public Timer capture(Timer timer) {
      return timer;
    }

    @Override
    public Scope open(Timer timer) {
      return () -> { };
    }
  };

  /** The timer with what it keeps of the current context; the timer itself when there is nothing. */
  Timer capture(Timer timer);

  /** Opens the timer's context for its firing; closing the scope restores what was there before. */
  Scope open(Timer timer);

  /** An opened context; closing it never throws. */
  @FunctionalInterface
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
