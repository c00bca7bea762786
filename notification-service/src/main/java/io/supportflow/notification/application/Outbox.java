package io.supportflow.notification.application;

/** Notifications by id: what was sent once is never sent again. */
public interface Outbox {

  /**
   * Records the notification as pending with one attempt; if it is pending already (an earlier
   * attempt failed before it was sent), counts one more attempt; if it was sent, changes nothing.
   * Returns the entry as it now stands.
   */
  OutboxEntry open(PendingNotification notification);

  /** Marks the notification sent, with the event that announces it. */
  void markSent(NotificationSent sent);

  /** Keeps the reason the last attempt failed; the entry stays pending, so a redelivery tries again. */
  void markFailed(NotificationFailed failed);
}
