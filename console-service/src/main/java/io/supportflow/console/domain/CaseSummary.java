package io.supportflow.console.domain;

import java.time.Instant;

/** One line of the queue: enough to sort, filter and show a case without its thread. */
public record CaseSummary(
    String caseNumber,
    String status,
    String priority,
    String channel,
    String subject,
    String customerId,
    String reporterName,
    Instant receivedAt,
    Instant nextDeadline,
    boolean breached,
    Instant updatedAt) {

  /** At risk: a running clock is due within the window from now (and not yet breached). */
  public boolean atRisk(Instant now, java.time.Duration window) {
    return !breached && nextDeadline != null && !nextDeadline.isAfter(now.plus(window));
  }
}
