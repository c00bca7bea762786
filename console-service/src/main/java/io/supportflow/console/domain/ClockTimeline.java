package io.supportflow.console.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A case's SLA clocks as one timeline, oldest first: when it was received, when each clock started
 * (work commences), paused on hold and resumed, was retimed, warned, met or breached, and the
 * deadlines still ahead.
 */
public final class ClockTimeline {

  /** What a moment was; a page styles it. */
  public enum Kind { RECEIVED, STARTED, PAUSED, RESUMED, RETIMED, WARNING, MET, BREACHED, STOPPED, DUE }

  /**
   * @param deadline the clock's deadline as of this moment, or null
   * @param upcoming a deadline not yet reached (only for {@link Kind#DUE})
   */
  public record Moment(Instant at, Kind kind, String text, Instant deadline, boolean upcoming) {}

  private ClockTimeline() {}

  public static List<Moment> of(CaseView view, Instant now) {
    List<Moment> moments = new ArrayList<>();
    if (view.receivedAt() != null) {
      moments.add(new Moment(view.receivedAt(), Kind.RECEIVED, "Received by " + channel(view.channel()), null, false));
    }
    for (CaseView.ClockView clock : view.clocks()) {
      String name = clockName(clock.clock());
      for (CaseView.ClockMoment moment : clock.history()) {
        Kind kind = kind(moment.change());
        moments.add(new Moment(moment.at(), kind, name + " " + verb(kind), moment.deadline(), false));
      }
      if (clock.running() && clock.deadline() != null) {
        moments.add(new Moment(clock.deadline(), Kind.DUE, name + " due", clock.deadline(),
            clock.deadline().isAfter(now)));
      }
    }
    moments.sort(Comparator.comparing(Moment::at));
    return List.copyOf(moments);
  }

  /** FIRST_RESPONSE reads "First response". */
  public static String clockName(String clock) {
    String words = clock.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static Kind kind(String change) {
    return switch (change) {
      case "STARTED" -> Kind.STARTED;
      case "PAUSED" -> Kind.PAUSED;
      case "RESUMED" -> Kind.RESUMED;
      case "WARNING" -> Kind.WARNING;
      case "MET" -> Kind.MET;
      case "BREACHED" -> Kind.BREACHED;
      case "STOPPED" -> Kind.STOPPED;
      default -> Kind.RETIMED;
    };
  }

  private static String verb(Kind kind) {
    return switch (kind) {
      case STARTED -> "started (work commences)";
      case PAUSED -> "paused (on hold)";
      case RESUMED -> "resumed";
      case RETIMED -> "retimed";
      case WARNING -> "at risk";
      case MET -> "met";
      case BREACHED -> "breached";
      case STOPPED -> "stopped (no longer entitled)";
      case RECEIVED, DUE -> "";
    };
  }

  private static String channel(String channel) {
    return channel == null ? "an unknown channel" : channel.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
