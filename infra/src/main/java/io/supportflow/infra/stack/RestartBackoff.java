package io.supportflow.infra.stack;

import java.time.Duration;

/**
 * How long to wait before starting a child again, as Kubernetes does for a crashing container: the
 * pause doubles with every exit in a row (1 s, 2 s, 4 s ... up to a cap), and a child that ran for a
 * while before it exited counts as a fresh failure, so one crash a day never waits the cap.
 */
public final class RestartBackoff {

  private final Duration first;
  private final Duration cap;
  private final Duration stableAfter;
  private int exitsInARow;

  /**
   * @param first the pause after the first exit
   * @param cap the longest pause
   * @param stableAfter a child that ran this long resets the count
   */
  public RestartBackoff(Duration first, Duration cap, Duration stableAfter) {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= cap, got " + first + " and " + cap);
    }
    this.first = first;
    this.cap = cap;
    this.stableAfter = stableAfter;
  }

  /** The local stack's: 1 s doubling to 30 s, reset after a minute of running. */
  public static RestartBackoff localStack() {
    return new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));
  }

  /** The pause before the next start of a child that ran for {@code ran} and then exited. */
  public synchronized Duration afterExit(Duration ran) {
    if (ran.compareTo(stableAfter) >= 0) {
      exitsInARow = 0;
    }
    exitsInARow++;
    Duration pause = first;
    for (int i = 1; i < exitsInARow && pause.compareTo(cap) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(cap) > 0 ? cap : pause;
  }

  /** Exits in a row so far (0 before the first, and again after a stable run ends). */
  public synchronized int exitsInARow() {
    return exitsInARow;
  }
}
