package io.supportflow.notification.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How often a case's reporter hears its status: the terms' cadence for the priority, else the
 * service's default for that priority (P1 and P2 every 30 minutes out of the box), else never.
 */
public final class StatusCadence {

  private final Map<Priority, Duration> defaults;

  public StatusCadence(Map<Priority, Duration> defaults) {
    this.defaults = Map.copyOf(defaults);
  }

  public Optional<Duration> forCase(Priority priority, Map<Priority, Duration> fromTerms) {
    Duration cadence = fromTerms.getOrDefault(priority, defaults.get(priority));
    return Optional.ofNullable(cadence).filter(Duration::isPositive);
  }

  /** The cadence of every priority that has one, so a later priority change finds its own. */
  public Map<Priority, Duration> forEveryPriority(Map<Priority, Duration> fromTerms) {
    Map<Priority, Duration> cadences = new EnumMap<>(Priority.class);
    for (Priority p : Priority.values()) {
      forCase(p, fromTerms).ifPresent(d -> cadences.put(p, d));
    }
    return cadences;
  }
}
