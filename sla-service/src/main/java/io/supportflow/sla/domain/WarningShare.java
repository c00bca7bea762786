package io.supportflow.sla.domain;

/** The part of a window after which the team is warned, e.g. 0.75: warn when 75% has gone. */
public record WarningShare(double value) {

  public static final WarningShare DEFAULT = new WarningShare(0.75);

  public WarningShare {
    // 0 would warn at the start and 1 at the breach: neither is a warning.
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("the warning share must lie strictly between 0 and 1: " + value);
    }
  }
}
