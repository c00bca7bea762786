package io.supportflow.notification.application;

/**
 * A mail that can never be sent as it is (no valid address, a template that does not render):
 * trying it again would fail the same way, so it is given up at once instead of waiting.
 */
public final class MailRefusedException extends RuntimeException {

  public MailRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
