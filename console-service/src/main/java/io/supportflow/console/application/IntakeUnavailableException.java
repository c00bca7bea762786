package io.supportflow.console.application;

/** Intake could not be reached or answered with a server error: nothing was recorded. */
public class IntakeUnavailableException extends RuntimeException {

  public IntakeUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
