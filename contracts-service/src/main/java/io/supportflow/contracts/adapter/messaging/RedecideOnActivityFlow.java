package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.RedecideCase;
import io.supportflow.events.CaseActivityRecorded;
import java.util.function.Consumer;

/**
 * intake.case-activity -> contracts.entitlements: a priority change or a customer's reply may
 * re-decide its case (published through the case's outbox), a resolution ends re-deciding it.
 */
public record RedecideOnActivityFlow(RedecideCase redecideCase) implements Consumer<CaseActivityRecorded> {

  @Override
  public void accept(CaseActivityRecorded activity) {
    redecideCase.onActivity(EntitlementEvents.fromEvent(activity));
  }
}
