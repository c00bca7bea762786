package io.supportflow.intake.domain;

/**
 * Keys that make alerts idempotent per tenant. Alertmanager keeps an alert's fingerprint and
 * startsAt while it keeps firing, and re-sends the same notification on every repeat or retry:
 * one firing episode (fingerprint + startsAt) opens at most one case, and its firing and its
 * resolution are each added to a case at most once.
 */
public final class AlertDedup {

  private AlertDedup() {}

  /** Opens a case at most once: the same episode re-sent finds the case it opened. */
  public static String episodeKey(MonitoringAlert alert) {
    return "alert:" + alert.fingerprint() + ":" + alert.startsAt().toEpochMilli();
  }

  /** A new episode of an alert whose case is still being worked is added to that case once. */
  public static String firingKey(MonitoringAlert alert) {
    return episodeKey(alert) + ":firing";
  }

  public static String resolvedKey(MonitoringAlert alert) {
    return episodeKey(alert) + ":resolved";
  }
}
