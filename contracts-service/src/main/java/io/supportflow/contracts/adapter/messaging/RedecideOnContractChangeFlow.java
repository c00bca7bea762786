package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.RedecideCase;
import io.supportflow.events.ContractChanged;
import java.util.function.Consumer;

/**
 * contracts.contract-changes (keyed by customer) -> contracts.entitlements (keyed by case): every
 * open case of the customer is re-decided, wherever its partition is.
 */
public final class RedecideOnContractChangeFlow implements Consumer<ContractChanged> {

  private final RedecideCase redecideCase;

  public RedecideOnContractChangeFlow(RedecideCase redecideCase) {
    this.redecideCase = redecideCase;
  }

  @Override
  public void accept(ContractChanged change) {
    redecideCase.onContractChange(EntitlementEvents.fromEvent(change));
  }
}
