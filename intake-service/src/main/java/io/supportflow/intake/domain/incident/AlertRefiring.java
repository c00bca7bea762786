package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.InvalidActivityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The rule for an alert that keeps firing: when one alert (one fingerprint) started {@code firings}
 * episodes within the last {@code within} (Alertmanager's startsAt of each; the episodes are the
 * ones its case holds), its case becomes a major incident. The window ends now, on the clock.
 */
public record AlertRefiring(int firings, Duration within) {

  public static final int MIN_FIRINGS = 2;
  public static final int MAX_FIRINGS = 100;

  public AlertRefiring {
    if (firings < MIN_FIRINGS || firings > MAX_FIRINGS) {
      throw new InvalidActivityException("alertRefiring.firings", "must be " + MIN_FIRINGS + " to " + MAX_FIRINGS);
    }
    if (within == null || within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(ProductSurge.LONGEST) > 0) {
      throw new InvalidActivityException("alertRefiring.withinMinutes", "must be 1 to " + ProductSurge.LONGEST.toMinutes());
    }
  }

  /** Whether the episodes that started inside the window are {@code firings} or more. */
  public boolean keepsFiring(Collection<Instant> episodeStarts, Clock clock) {
    Instant since = clock.instant().minus(within);
    return episodeStarts.stream().filter(start -> start.isAfter(since)).count() >= firings;
  }

  /** The incident's title: "Alert keeps firing: Disk almost full on db-1". */
  public static String title(String alertSubject) {
    return Incident.titleFrom("Alert keeps firing: " + alertSubject);
  }
}
