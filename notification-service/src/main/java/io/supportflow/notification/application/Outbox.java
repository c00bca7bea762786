package io.supportflow.notification.application;

import java.time.Instant;
import java.util.List;

/**
 * Notifications by id: what was sent once is never sent again. An entry is PENDING while it is
 * being tried or waits for its next try (then it has a retry time), SENT once the mail server took
 * it, FAILED when it was given up.
 */
public interface Outbox {

  /**
   * Records the notification as pending with one attempt. If it exists: sent, changes nothing;
   * waiting for its next try, changes nothing either (the redelivery owns it); pending without a
   * retry time (an attempt that died before its outcome) or failed (a replay of its event), counts
   * one more attempt. Returns the entry as it now stands.
   */
  OutboxEntry open(PendingNotification notification);

  /** Marks the notification sent, with the event that announces it. */
  void markSent(NotificationSent sent);

  /** Keeps the reason the attempt failed; the entry stays pending and waits until retryAt. */
  void defer(NotificationFailed failed, Instant retryAt);

  /**
   * Up to {@code limit} waiting entries whose retry time has come, each leased until
   * {@code leaseUntil} (no other instance takes it meanwhile; a lease that runs out makes it due
   * again) with one more attempt counted.
   */
  List<WaitingMail> leaseDue(Instant now, Instant leaseUntil, int limit);

  /** Every waiting entry is due at {@code now} (the mail server is back; leased entries keep their lease). */
  void makeWaitingDue(Instant now);

  /**
   * No more attempts will follow this failure: marks the entry FAILED with the reason and the
   * attempts, for an operator. A replay of the event may still send it, once. A sent entry stays sent.
   */
  void markGivenUp(NotificationFailed failed);
}
