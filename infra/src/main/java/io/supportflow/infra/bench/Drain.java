package io.supportflow.infra.bench;

import java.time.Duration;
import java.util.function.IntSupplier;

/** The end of a load run: waiting while acknowledgements still come in. */
final class Drain {

  private Drain() {}

  /**
   * Returns once {@code done} reaches {@code target}, or when it has not moved for {@code patience}
   * (whatever is missing then is reported as missing, not waited for forever).
   */
  static void await(IntSupplier done, IntSupplier target, Duration patience) throws InterruptedException {
    int seen = -1;
    long lastProgress = System.nanoTime();
    while (done.getAsInt() < target.getAsInt() && System.nanoTime() - lastProgress < patience.toNanos()) {
      if (done.getAsInt() != seen) {
        seen = done.getAsInt();
        lastProgress = System.nanoTime();
      }
      Thread.sleep(50); // the tool polls a counter while the platform catches up; no test synchronisation
    }
  }
}
