package io.supportflow.intake.adapter.mail;

/** The mail cannot be read within the desk's bounds; the message is the reason, for the quarantine. */
public class UnreadableMailException extends Exception {

  public UnreadableMailException(String reason) {
    super(reason);
  }

  public UnreadableMailException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
