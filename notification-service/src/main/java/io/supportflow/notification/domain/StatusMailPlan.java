package io.supportflow.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * When a case's reporter hears its status. cadences are the case's cadence per priority (from its
 * terms and the service's defaults; empty when the case gets none); whileOnHold is the tenant's rule
 * that they keep coming while the case is on hold (else the mails due then are skipped). The current beat runs every
 * cadence from anchor, which is the receipt or the latest priority change; cadence is null while
 * the priority has none. Mails are numbered on across changes: numberedBefore mails were due before
 * the anchor, so the n-th mail stays the same notification whatever happens later.
 */
public record StatusMailPlan(Map<Priority, Duration> cadences, boolean whileOnHold, Instant anchor, Duration cadence,
    int numberedBefore) {

  public StatusMailPlan {
    Map<Priority, Duration> copy = new EnumMap<>(Priority.class);
    Objects.requireNonNull(cadences, "cadences").forEach((p, d) -> {
      if (d != null && d.isPositive()) {
        copy.put(p, d);
      }
    });
    cadences = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(anchor, "anchor");
    if (numberedBefore < 0) {
      throw new IllegalArgumentException("numberedBefore must not be negative: " + numberedBefore);
    }
  }

  /** The plan of a case at receipt: its priority's cadence from the moment it was received. */
  public static StatusMailPlan fromReceipt(Map<Priority, Duration> cadences, boolean whileOnHold, Priority priority,
      Instant receivedAt) {
    return new StatusMailPlan(cadences, whileOnHold, receivedAt, cadences.get(priority), 0);
  }

  /** A case that gets no status mails at any priority (not entitled, or the tenant sends none). */
  public static StatusMailPlan none(Instant receivedAt) {
    return new StatusMailPlan(Map.of(), false, receivedAt, null, 0);
  }

  public boolean isRunning() {
    return cadence != null;
  }

  /** When the next mail after the anchor is due. */
  public Instant firstDue() {
    return due(numberedBefore + 1);
  }

  /** When mail number n (one after the anchor at least) is due on the current beat. */
  public Instant due(int n) {
    if (!isRunning() || n <= numberedBefore) {
      throw new IllegalStateException("Status mail " + n + " is not on this plan");
    }
    return anchor.plus(cadence.multipliedBy(n - numberedBefore));
  }

  /**
   * The number of the mail due at that instant, or empty when the instant is not on the current
   * beat (a wake-up left over from a plan that was replaced).
   */
  public OptionalInt numberDueAt(Instant at) {
    if (!isRunning() || !at.isAfter(anchor)) {
      return OptionalInt.empty();
    }
    long elapsed = Duration.between(anchor, at).toMillis();
    long every = cadence.toMillis();
    return elapsed % every == 0 ? OptionalInt.of(numberedBefore + (int) (elapsed / every)) : OptionalInt.empty();
  }

  /**
   * The plan after the priority changed at that instant: the new priority's cadence from then on,
   * the mails due until then keeping their numbers. A priority without a cadence stops the mails.
   */
  public StatusMailPlan changedAt(Instant at, Priority priority) {
    return reTermedAt(at, cadences, whileOnHold, priority);
  }

  /**
   * The plan after a newer decision at that instant: its cadences (none when the case gets no
   * status mails any more) at its priority from then on, the mails due until then keeping their
   * numbers, as for a priority change.
   */
  public StatusMailPlan reTermedAt(Instant at, Map<Priority, Duration> newCadences, boolean newWhileOnHold,
      Priority priority) {
    Instant from = at.isAfter(anchor) ? at : anchor;
    int numbered = numberedBefore;
    if (isRunning()) {
      numbered += (int) (Duration.between(anchor, from).toMillis() / cadence.toMillis());
    }
    return new StatusMailPlan(newCadences, newWhileOnHold, from, newCadences.get(priority), numbered);
  }
}
