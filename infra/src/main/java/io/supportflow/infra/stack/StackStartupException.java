package io.supportflow.infra.stack;

/** A part of the stack could not start. The message says which part, why, and what to do. */
public class StackStartupException extends RuntimeException {

  public StackStartupException(String message) {
    super(message);
  }

  public StackStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
