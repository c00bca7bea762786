package io.supportflow.sla.application;

import io.supportflow.sla.domain.CaseClocks;
import io.supportflow.sla.domain.ComplianceTally;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The compliance summary of a tenant for a month: every case received in that month (in the
 * tenant's zone) and ever worked under terms replayed now under the decisions in force (each from
 * its effectiveFrom), its settled clocks tallied per customer (the newest decision's), priority and
 * metric, and a resolved case's priority at resolution kept for a downtime-only row.
 */
public record SlaCompliance(ReceivedCases cases, Clock clock) {

  public List<ComplianceTally.Row> forMonth(String tenantId, YearMonth month, ZoneId zone) {
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    Instant now = clock.instant();
    ComplianceTally tally = new ComplianceTally();
    for (CaseTimeline<SlaTerms> c : cases.receivedBetween(tenantId, from, to)) {
      if (c.everWorked()) {
        SlaEvaluation evaluation = CaseClocks.evaluate(c.decisions(), c.receivedAt(), c.activities(), now);
        String customer = c.customerId() == null ? "(unknown)" : c.customerId();
        tally.add(customer, evaluation.clocks());
        if (evaluation.resolved()) {
          tally.addDowntime(customer, evaluation.priority());
        }
      }
    }
    return tally.rows();
  }
}
