package io.supportflow.notification.application;

/**
 * The outbox's word on a notification: how many delivery attempts it has seen (this one included),
 * and the outcome event once it was sent (null while it is pending).
 */
public record OutboxEntry(String notificationId, int attempts, NotificationSent sent) {

  public boolean isSent() {
    return sent != null;
  }
}
