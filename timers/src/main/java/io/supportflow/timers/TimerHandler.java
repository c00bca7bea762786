package io.supportflow.timers;

/**
 * What happens when a timer is due: typically publish an event whose id is the timer's id. It
 * may run again for the same timer after a crash, so it must be idempotent downstream.
 */
@FunctionalInterface
public interface TimerHandler {

  /** Returns the id of the event emitted, recorded with the firing. */
  String fire(Timer timer) throws Exception;
}
