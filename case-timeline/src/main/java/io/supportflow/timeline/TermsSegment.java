package io.supportflow.timeline;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision in force on a case, as a stretch of its time: from {@code from} (the decision's
 * effectiveFrom, or the receipt for a first decision) until the next segment's start, the case is
 * owed {@code terms} at {@code priority}. terms is null where the decision gives the service nothing
 * to work the case under (not entitled, or terms the service has nothing to do with): time counted
 * before stands, nothing counts from then.
 *
 * @param version the decision's version: 1 for the first decision, each re-decision one higher
 */
public record TermsSegment<T>(int version, Instant from, Priority priority, T terms) {

  public TermsSegment {
    Objects.requireNonNull(from, "from");
    if (version < 1) {
      throw new IllegalArgumentException("a decision's version is 1 or more: " + version);
    }
  }

  /** Whether the case is worked under terms in this stretch. */
  public boolean worked() {
    return terms != null;
  }
}
