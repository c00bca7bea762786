package io.supportflow.sla.domain;

import io.supportflow.timeline.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SLA compliance per customer, priority and metric: how many clocks were met and breached, and by
 * how much. A clock counts once it is settled: met in time, or breached at some point (a breached
 * clock stays breached when the case is later resolved or no longer entitled, as the console's
 * report from the stream counts it); a running clock, or one stopped before it settled, does not.
 * A resolved case whose customer and priority at resolution have no settled clock gets a row of
 * its own with no clock ({@link Row#clock()} null, "NONE" in the API), as the console's report has.
 */
public final class ComplianceTally {

  /** One row: what a customer's clocks of one priority and metric came to; clock null for a downtime-only row. */
  public record Row(String customerId, Priority priority, ClockKind clock, int met, int breached,
      Duration averageMargin, Duration worstOverrun) {

    /** Share of settled clocks that were met, 0 to 1. */
    public double compliance() {
      int settled = met + breached;
      return settled == 0 ? 1.0 : (double) met / settled;
    }
  }

  private record Key(String customerId, Priority priority, ClockKind clock) {}

  private record Group(String customerId, Priority priority) {}

  private static final class Counts {
    int met;
    int breached;
    Duration marginSum = Duration.ZERO;
    int margins;
    Duration worstOverrun = Duration.ZERO;
  }

  private static final Comparator<Group> GROUPS = Comparator.comparing(Group::customerId)
      .thenComparing(Group::priority);

  private final Map<Key, Counts> counts = new TreeMap<>(Comparator
      .comparing(Key::customerId).thenComparing(Key::priority).thenComparing(Key::clock));
  private final Set<Group> resolved = new TreeSet<>(GROUPS);

  /** Adds the settled clocks of one case. */
  public void add(String customerId, List<ClockReport> clocks) {
    for (ClockReport clock : clocks) {
      boolean breached = clock.state() == ClockState.BREACHED || clock.breachedAt() != null;
      boolean met = !breached && clock.state() == ClockState.MET;
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

  /** A resolved case of the customer at that priority (at resolution): a row of its own when no clock of theirs settled. */
  public void addDowntime(String customerId, Priority priority) {
    resolved.add(new Group(Objects.requireNonNull(customerId), Objects.requireNonNull(priority)));
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>(counts.entrySet().stream()
        .map(e -> new Row(e.getKey().customerId(), e.getKey().priority(), e.getKey().clock(),
            e.getValue().met, e.getValue().breached,
            e.getValue().margins == 0 ? null : e.getValue().marginSum.dividedBy(e.getValue().margins),
            e.getValue().worstOverrun))
        .toList());
    for (Group g : resolved) {
      boolean hasClockRow = counts.keySet().stream()
          .anyMatch(k -> k.customerId().equals(g.customerId()) && k.priority() == g.priority());
      if (!hasClockRow) {
        rows.add(new Row(g.customerId(), g.priority(), null, 0, 0, null, Duration.ZERO));
      }
    }
    rows.sort(Comparator.comparing(Row::customerId).thenComparing(Row::priority)
        .thenComparing(Row::clock, Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(rows);
  }
}
