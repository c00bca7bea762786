package io.supportflow.platformsetup;

/** The setup cannot be done as asked; the message says what to fix. */
final class SetupException extends RuntimeException {

  SetupException(String message) {
    super(message);
  }

  SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
