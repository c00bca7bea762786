package io.supportflow.notification.application;

/**
 * The outbox's word on a notification: how many delivery attempts it has seen (this one included),
 * the outcome event once it was sent (null while it is pending), and whether it is waiting for its
 * next try after the mail server did not take it (then the redelivery sends it, not this caller).
 */
public record OutboxEntry(String notificationId, int attempts, NotificationSent sent, boolean waiting) {

  public OutboxEntry(String notificationId, int attempts, NotificationSent sent) {
    this(notificationId, attempts, sent, false);
  }

  public boolean isSent() {
    return sent != null;
  }
}
