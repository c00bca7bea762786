package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

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

  /**
   * When each firing episode of the alert that a case holds started (the episode that opened it and
   * each new firing added to it), read from the case's thread keys.
   */
  public static Set<Instant> episodeStarts(Collection<String> threadKeys, String fingerprint) {
    String prefix = "alert:" + fingerprint + ":";
    Set<Instant> starts = new TreeSet<>();
    for (String key : threadKeys) {
      if (!key.startsWith(prefix) || key.endsWith(":resolved")) {
        continue;
      }
      String millis = key.substring(prefix.length());
      millis = millis.endsWith(":firing") ? millis.substring(0, millis.length() - ":firing".length()) : millis;
      try {
        starts.add(Instant.ofEpochMilli(Long.parseLong(millis)));
      } catch (NumberFormatException e) {
        // not an episode key of this alert
      }
    }
    return starts;
  }
}
