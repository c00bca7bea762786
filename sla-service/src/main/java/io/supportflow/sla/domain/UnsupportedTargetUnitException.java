package io.supportflow.sla.domain;

/**
 * A target counted in business time (hours, days, working days) cannot be timed before the
 * business calendar exists. Rejecting it loudly sends the decision to the dead-letter topic with
 * this message, instead of timing it as wall-clock time and breaching on a wrong deadline.
 */
public final class UnsupportedTargetUnitException extends RuntimeException {

  public UnsupportedTargetUnitException(ReactionTarget target) {
    super("Cannot time the %s %s target of %d %s yet: only CLOCK_MINUTES targets are timed until the business calendar is built"
        .formatted(target.priority(), target.metric(), target.amount(), target.unit()));
  }
}
