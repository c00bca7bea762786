package io.supportflow.notification.application;

/**
 * Thrown when a mail could not be sent after the retries. It carries the FAILED outcome to
 * announce; thrown on, it makes the delivery of the cause retried and, in the end, dead-lettered.
 */
public final class DeliveryFailedException extends RuntimeException {

  private final transient NotificationFailed failure;

  public DeliveryFailedException(NotificationFailed failure, RuntimeException cause) {
    super(failure.failureReason(), cause);
    this.failure = failure;
  }

  public NotificationFailed failure() {
    return failure;
  }
}
