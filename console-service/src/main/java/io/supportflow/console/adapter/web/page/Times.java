package io.supportflow.console.adapter.web.page;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages write instants and durations: one zone, minutes precision, margins in hours and minutes. */
public final class Times {

  private final DateTimeFormatter minutes;
  private final ZoneId zone;

  Times(ZoneId zone) {
    this.zone = zone;
    this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
  }

  public String at(Instant instant) {
    return instant == null ? "" : minutes.format(instant) + " " + zone.getId();
  }

  /** The machine-readable form for {@code <time datetime>} and the live countdown. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** 1h 05m, or -0h 12m for an overrun. */
  public String duration(Long millis) {
    if (millis == null) {
      return "";
    }
    Duration d = Duration.ofMillis(Math.abs(millis));
    return (millis < 0 ? "-" : "") + d.toHours() + "h " + String.format("%02dm", d.toMinutesPart());
  }
}
