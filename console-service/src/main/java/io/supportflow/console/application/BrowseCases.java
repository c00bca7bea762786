package io.supportflow.console.application;

import io.supportflow.console.domain.CasePage;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseSummary;
import io.supportflow.console.domain.ComplianceRow;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the pages read, always within the signed-in person's tenant, and for a customer always
 * within its own customer: the one place the console enforces who sees which cases.
 */
public record BrowseCases(CaseViews views, CaseChanges changes, Clock clock) {

  public CasePage search(SignedIn who, CaseQuery query) {
    String customer = who.user().customerIdOrNull();
    CaseQuery scoped = customer == null ? query : new CaseQuery(query.statuses(), query.priorities(), customer,
        query.channel(), query.text(), query.risk(), query.atRiskWithin(), query.sort(), query.cursor(), query.limit());
    return views.search(who.tenantId(), scoped, clock.instant());
  }

  /** The tenant's compliance report: for agents only (a customer sees no other customer's figures). */
  public List<ComplianceRow> compliance(SignedIn agent, YearMonth from, YearMonth to) {
    if (agent.user().customerIdOrNull() != null) {
      return List.of();
    }
    return views.compliance(agent.tenantId(), from, to);
  }

  /** Calls the listener with each change of a case the person may see; close to stop. */
  public AutoCloseable watch(SignedIn who, Consumer<CaseSummary> listener) {
    String customer = who.user().customerIdOrNull();
    return changes.subscribe(who.tenantId(), summary -> {
      if (customer == null || customer.equals(summary.customerId())) {
        listener.accept(summary);
      }
    });
  }
}
