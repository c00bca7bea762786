package io.supportflow.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A reaction target laid on the time line: when it starts, when the warning fires, when it closes. */
public record ReactionWindow(ReactionTarget target, Instant start, Instant warningAt, Instant deadline) {

  public ReactionWindow {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(warningAt, "warningAt");
    Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * Opens the window at {@code start}. Only wall-clock targets can be counted for now: see
   * {@link #requireWallClockUnit(ReactionTarget)}.
   */
  public static ReactionWindow open(ReactionTarget target, Instant start, WarningShare share) {
    requireWallClockUnit(target);
    Duration length = Duration.ofMinutes(target.amount());
    Duration untilWarning = Duration.ofMillis(Math.round(length.toMillis() * share.value()));
    return new ReactionWindow(target, start, start.plus(untilWarning), start.plus(length));
  }

  /** The rule of this slice: business-time units wait for the business calendar. */
  static void requireWallClockUnit(ReactionTarget target) {
    if (target.unit() != TargetUnit.CLOCK_MINUTES) {
      throw new UnsupportedTargetUnitException(target);
    }
  }
}
