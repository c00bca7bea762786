package io.supportflow.notification.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox in memory, for the use cases' tests: attempts per notification, what was sent, failed and given up. */
final class InMemoryOutbox implements Outbox {

  final Map<String, Integer> attempts = new HashMap<>();
  final Map<String, NotificationSent> sent = new HashMap<>();
  final List<String> failures = new ArrayList<>();
  final List<String> givenUp = new ArrayList<>();
  /** The process dies after the mail went out, before its record: the next markSent throws once. */
  boolean crashOnNextMarkSent;

  @Override
  public OutboxEntry open(PendingNotification n) {
    String id = n.mail().notificationId();
    if (sent.containsKey(id)) {
      return new OutboxEntry(id, attempts.get(id), sent.get(id));
    }
    return new OutboxEntry(id, attempts.merge(id, 1, Integer::sum), null);
  }

  @Override
  public void markSent(NotificationSent s) {
    if (crashOnNextMarkSent) {
      crashOnNextMarkSent = false;
      throw new IllegalStateException("killed before the record");
    }
    sent.put(s.notificationId(), s);
  }

  @Override
  public void markFailed(NotificationFailed f) {
    failures.add(f.failureReason());
  }

  @Override
  public void markGivenUp(NotificationFailed f) {
    givenUp.add(f.notificationId() + " after " + f.attempts() + ": " + f.failureReason());
  }
}
