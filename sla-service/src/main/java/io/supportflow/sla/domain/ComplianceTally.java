package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SLA compliance per customer, priority and metric: how many clocks were met and breached, and by
 * how much. A clock counts once it is settled (met or breached); a running or stopped one does not.
 */
public final class ComplianceTally {

  /** One row: what a customer's clocks of one priority and metric came to. */
  public record Row(String customerId, Priority priority, ClockKind clock, int met, int breached,
      Duration averageMargin, Duration worstOverrun) {

    /** Share of settled clocks that were met, 0 to 1. */
    public double compliance() {
      int settled = met + breached;
      return settled == 0 ? 1.0 : (double) met / settled;
    }
  }

  private record Key(String customerId, Priority priority, ClockKind clock) {}

  private static final class Counts {
    int met;
    int breached;
    Duration marginSum = Duration.ZERO;
    int margins;
    Duration worstOverrun = Duration.ZERO;
  }

  private final Map<Key, Counts> counts = new TreeMap<>(Comparator
      .comparing(Key::customerId).thenComparing(Key::priority).thenComparing(Key::clock));

  /** Adds the settled clocks of one case. */
  public void add(String customerId, List<ClockReport> clocks) {
    for (ClockReport clock : clocks) {
      boolean met = clock.state() == ClockState.MET;
      boolean breached = clock.state() == ClockState.BREACHED;
      if (!met && !breached) {
        continue;
      }
      Counts c = counts.computeIfAbsent(new Key(customerId, clock.priority(), clock.kind()), k -> new Counts());
      if (met) {
        c.met++;
      } else {
        c.breached++;
      }
      if (clock.margin() != null) {
        c.marginSum = c.marginSum.plus(clock.margin());
        c.margins++;
        if (clock.margin().isNegative() && clock.margin().negated().compareTo(c.worstOverrun) > 0) {
          c.worstOverrun = clock.margin().negated();
        }
      }
    }
  }

  public List<Row> rows() {
    return counts.entrySet().stream()
        .map(e -> new Row(e.getKey().customerId(), e.getKey().priority(), e.getKey().clock(),
            e.getValue().met, e.getValue().breached,
            e.getValue().margins == 0 ? null : e.getValue().marginSum.dividedBy(e.getValue().margins),
            e.getValue().worstOverrun))
        .toList();
  }
}
