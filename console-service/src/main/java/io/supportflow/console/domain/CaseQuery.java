package io.supportflow.console.domain;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typed search of one tenant's cases (never free-form query syntax). Empty sets and nulls mean
 * "any". {@code customerId} is forced to the signed-in customer's own id on customer pages.
 *
 * @param risk ANY, AT_RISK (a running clock due within {@code atRiskWithin}) or BREACHED
 * @param text words matched case-insensitively against case number, subject and reporter
 * @param cursor the opaque cursor of the previous page, or null for the first
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 */
public record CaseQuery(
    Set<String> statuses,
    Set<String> priorities,
    String customerId,
    String channel,
    String text,
    Risk risk,
    Duration atRiskWithin,
    Sort sort,
    String cursor,
    int limit) {

  public static final int MAX_LIMIT = 100;

  /** What a customer id may look like in a query: letters, digits and . _ : @ -, up to 128. */
  public static final Pattern CUSTOMER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

  public enum Risk { ANY, AT_RISK, BREACHED }

  /** NEXT_DEADLINE: soonest first, cases without a running clock last; RECEIVED: newest first. */
  public enum Sort { NEXT_DEADLINE, RECEIVED }

  public CaseQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
    risk = risk == null ? Risk.ANY : risk;
    atRiskWithin = atRiskWithin == null ? Duration.ofMinutes(30) : atRiskWithin;
    sort = sort == null ? Sort.NEXT_DEADLINE : sort;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  /** The open queue: cases not resolved or closed, soonest deadline first. */
  public static CaseQuery openQueue(int limit) {
    return new CaseQuery(Set.of("NEW", "OPEN", "ON_HOLD"), Set.of(), null, null, null, Risk.ANY, null,
        Sort.NEXT_DEADLINE, null, limit);
  }
}
