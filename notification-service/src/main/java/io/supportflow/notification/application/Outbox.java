package io.supportflow.notification.application;

/**
 * Notifications by id: what was sent once is never sent again. An entry is PENDING while it is
 * being tried, SENT once the mail server took it, FAILED when the last delivery attempt failed.
 */
public interface Outbox {

  /**
   * Records the notification as pending with one attempt; if it is pending or failed already (an
   * earlier attempt failed before it was sent; a failed one is being replayed), counts one more
   * attempt and makes it pending; if it was sent, changes nothing. Returns the entry as it now stands.
   */
  OutboxEntry open(PendingNotification notification);

  /** Marks the notification sent, with the event that announces it. */
  void markSent(NotificationSent sent);

  /** Keeps the reason the last attempt failed; the entry stays pending, so a redelivery tries again. */
  void markFailed(NotificationFailed failed);

  /**
   * The last attempt failed too: marks the entry FAILED with the reason and the attempts, for an
   * operator. A replay of the event may still send it, once. A sent entry stays sent.
   */
  void markGivenUp(NotificationFailed failed);
}
