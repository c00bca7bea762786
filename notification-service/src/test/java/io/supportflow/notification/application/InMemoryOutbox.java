package io.supportflow.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox in memory, for the use cases' tests: attempts per notification, what was sent, failed,
 * waits (with its retry time) and was given up.
 */
final class InMemoryOutbox implements Outbox {

  final Map<String, Integer> attempts = new HashMap<>();
  final Map<String, NotificationSent> sent = new HashMap<>();
  final Map<String, Instant> waitingUntil = new LinkedHashMap<>();
  final Map<String, PendingNotification> pending = new HashMap<>();
  final java.util.Set<String> leased = new java.util.HashSet<>();
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
    if (waitingUntil.containsKey(id)) {
      return new OutboxEntry(id, attempts.get(id), null, true);
    }
    pending.putIfAbsent(id, n);
    givenUp.removeIf(g -> g.startsWith(id + " "));
    return new OutboxEntry(id, attempts.merge(id, 1, Integer::sum), null);
  }

  @Override
  public void markSent(NotificationSent s) {
    if (crashOnNextMarkSent) {
      crashOnNextMarkSent = false;
      throw new IllegalStateException("killed before the record");
    }
    waitingUntil.remove(s.notificationId());
    sent.put(s.notificationId(), s);
  }

  @Override
  public void defer(NotificationFailed f, Instant retryAt) {
    failures.add(f.failureReason());
    leased.remove(f.notificationId());
    waitingUntil.put(f.notificationId(), retryAt);
  }

  @Override
  public List<WaitingMail> leaseDue(Instant now, Instant leaseUntil, int limit) {
    List<WaitingMail> due = new ArrayList<>();
    for (Map.Entry<String, Instant> waiting : waitingUntil.entrySet()) {
      if (due.size() < limit && !waiting.getValue().isAfter(now)) {
        waiting.setValue(leaseUntil);
        String id = waiting.getKey();
        leased.add(id);
        due.add(new WaitingMail(pending.get(id), attempts.merge(id, 1, Integer::sum)));
      }
    }
    return due;
  }

  @Override
  public void makeWaitingDue(Instant now) {
    waitingUntil.replaceAll((id, at) -> !leased.contains(id) && at.isAfter(now) ? now : at);
  }

  @Override
  public void markGivenUp(NotificationFailed f) {
    waitingUntil.remove(f.notificationId());
    givenUp.add(f.notificationId() + " after " + f.attempts() + ": " + f.failureReason());
  }
}
