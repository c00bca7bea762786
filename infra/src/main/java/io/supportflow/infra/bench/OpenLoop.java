package io.supportflow.infra.bench;

import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Sends at a set rate whatever the system under test does: request i is meant to go at
 * {@code start + i / rate}. A late send keeps its intended time, and latencies are measured from
 * it, so a stall is charged to every request it delayed (no coordinated omission).
 */
final class OpenLoop {

  private OpenLoop() {}

  /**
   * Calls {@code send} with each request's intended send time (System.nanoTime) on this thread;
   * rate 0 sends as fast as {@code inFlight} permits allow.
   */
  static void run(int count, double rate, Semaphore inFlight, LongConsumer send) throws InterruptedException {
    long start = System.nanoTime();
    double periodNanos = rate > 0 ? 1e9 / rate : 0;
    for (int i = 0; i < count; i++) {
      long intended = start + (long) (i * periodNanos);
      long wait;
      while ((wait = intended - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      inFlight.acquire();
      send.accept(rate > 0 ? intended : System.nanoTime());
    }
  }
}
