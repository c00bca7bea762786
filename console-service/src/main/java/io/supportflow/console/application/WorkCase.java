package io.supportflow.console.application;

import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.CaseView;

/**
 * Acts on a case from its page: only a case the signed-in person may see (its tenant's; a
 * customer's own) is forwarded to intake, with that person's key, so intake records who did it.
 */
public record WorkCase(CaseViews views, Intake intake) {

  /** The case as the signed-in person may see it, or {@link CaseNotFoundException}. */
  public CaseView visible(SignedIn who, String caseNumber) {
    String customer = who.user().customerIdOrNull();
    return views.byNumber(who.tenantId(), caseNumber)
        .filter(view -> customer == null || customer.equals(view.customerId()))
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  public void act(SignedIn agent, String caseNumber, CaseAction action) {
    if (agent.user().customerIdOrNull() != null) {
      throw new CaseNotFoundException(caseNumber);
    }
    visible(agent, caseNumber);
    intake.act(agent.key(), caseNumber, action);
  }

  public void reply(SignedIn customer, String caseNumber, String message) {
    visible(customer, caseNumber);
    intake.reply(customer.key(), caseNumber, message);
  }
}
