package io.supportflow.console.domain;

import io.supportflow.console.domain.ProjectedCase.SlaClock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The compliance rows of a set of cases: every clock settled (met or breached, by the month of its
 * first settlement, UTC) counted under its customer, the priority it was timed for, its kind and
 * month. A clock breached at any point counts as breached. The downtime of a row is the total of
 * the customer's cases of that priority resolved in that month; a customer, priority and month with
 * downtime but no settled clock gets a row of its own whose clock is {@link #NO_CLOCK}.
 */
public final class ComplianceReport {

  /** The clock of a row that only carries downtime. */
  public static final String NO_CLOCK = "NONE";

  private record Key(YearMonth month, String customerId, String priority, String clock) {}

  private static final class Tally {
    long met;
    long breached;
    long marginSum;
    long overrunSum;
  }

  private static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
      .thenComparing(Key::customerId, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Key::priority, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Key::clock);

  private final YearMonth from;
  private final YearMonth to;
  private final Map<Key, Tally> tallies = new TreeMap<>(ORDER);
  private final Map<Key, Long> downtime = new TreeMap<>(ORDER);

  public ComplianceReport(YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the report ends (" + to + ") before it starts (" + from + ")");
    }
    this.from = from;
    this.to = to;
  }

  /** The months whose rows a case can add to: of its settled clocks and its resolution. */
  public static List<YearMonth> monthsOf(ProjectedCase c) {
    List<YearMonth> months = new ArrayList<>();
    c.clocks().forEach(clock -> clock.settled().ifPresent(m -> months.add(month(m.at()))));
    if (c.downtime() != null) {
      months.add(month(c.downtime().resolvedAt()));
    }
    return months.stream().distinct().sorted().toList();
  }

  public ComplianceReport add(ProjectedCase c) {
    for (SlaClock clock : c.clocks()) {
      Optional<CaseView.ClockMoment> settled = clock.settled();
      if (settled.isEmpty() || !within(month(settled.get().at()))) {
        continue;
      }
      Tally tally = tallies.computeIfAbsent(
          new Key(month(settled.get().at()), c.customerId(), clock.priority(), clock.view().clock()), k -> new Tally());
      long margin = clock.view().marginMillis() == null ? 0 : clock.view().marginMillis();
      if (clock.everBreached()) {
        tally.breached++;
        tally.overrunSum += Math.abs(Math.min(margin, 0));
      } else {
        tally.met++;
        tally.marginSum += margin;
      }
    }
    if (c.downtime() != null && within(month(c.downtime().resolvedAt()))) {
      // The priority at resolution as sla measured it, as sla's own report counts it.
      String priority = c.downtime().priority() != null ? c.downtime().priority() : c.priority();
      downtime.merge(new Key(month(c.downtime().resolvedAt()), c.customerId(), priority, NO_CLOCK),
          c.downtime().downtimeMillis(), Long::sum);
    }
    return this;
  }

  public List<ComplianceRow> rows() {
    Map<Key, ComplianceRow> rows = new TreeMap<>(ORDER);
    tallies.forEach((key, t) -> rows.put(key, new ComplianceRow(key.customerId(), key.priority(), key.clock(),
        key.month(), t.met, t.breached, t.met == 0 ? 0 : t.marginSum / t.met,
        t.breached == 0 ? 0 : t.overrunSum / t.breached, downtimeOf(key))));
    downtime.forEach((key, millis) -> {
      boolean hasClockRow = rows.keySet().stream().anyMatch(k -> sameGroup(k, key));
      if (!hasClockRow) {
        rows.put(key, new ComplianceRow(key.customerId(), key.priority(), NO_CLOCK, key.month(), 0, 0, 0, 0, millis));
      }
    });
    return List.copyOf(rows.values());
  }

  private long downtimeOf(Key clockKey) {
    return downtime.entrySet().stream().filter(e -> sameGroup(e.getKey(), clockKey)).mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static boolean sameGroup(Key a, Key b) {
    return a.month().equals(b.month()) && java.util.Objects.equals(a.customerId(), b.customerId())
        && java.util.Objects.equals(a.priority(), b.priority());
  }

  private boolean within(YearMonth month) {
    return !month.isBefore(from) && !month.isAfter(to);
  }

  private static YearMonth month(Instant at) {
    return YearMonth.from(at.atOffset(ZoneOffset.UTC));
  }
}
