package io.supportflow.intake.domain;

/** The case's status does not allow the activity; the message says why, for a person to read. */
public class IllegalTransitionException extends RuntimeException {

  public IllegalTransitionException(String reason) {
    super(reason);
  }
}
