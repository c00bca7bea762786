package io.supportflow.console.domain;

import java.util.List;

/**
 * One page of a search.
 *
 * @param nextCursor the cursor of the next page; null on the last
 * @param total how many cases match the query's filters (all pages)
 * @param atRisk of those, how many are at risk now; {@code breached}: how many were breached
 */
public record CasePage(List<CaseSummary> items, String nextCursor, long total, long atRisk, long breached) {

  public CasePage {
    items = List.copyOf(items);
  }
}
