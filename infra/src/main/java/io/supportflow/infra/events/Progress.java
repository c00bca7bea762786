package io.supportflow.infra.events;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A progress line on stderr while a long export runs: nothing for the first few seconds, then one line
 * every few seconds with what has been read of what there is.
 */
final class Progress {

  static final Duration EVERY = Duration.ofSeconds(2);

  private final PrintStream err;
  private final Clock clock;
  private Instant next;

  Progress(PrintStream err, Clock clock) {
    this.err = err;
    this.clock = clock;
    this.next = clock.instant().plus(EVERY);
  }

  /** @param total the records to read in all, or -1 when following (no end) */
  void update(long read, long total, long written) {
    Instant now = clock.instant();
    if (now.isBefore(next)) {
      return;
    }
    next = now.plus(EVERY);
    if (total < 0) {
      err.printf(Locale.ROOT, "events: %,d records read, %,d written (following)%n", read, written);
    } else {
      err.printf(Locale.ROOT, "events: %,d of %,d records read (%d %%), %,d written%n", read, total,
          total == 0 ? 100 : read * 100 / total, written);
    }
  }
}
