package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.RedecideCase;
import io.supportflow.events.ContractChanged;
import java.util.function.Consumer;

/**
 * contracts.contract-changes (keyed by customer) -> contracts.entitlements (keyed by case): every
 * open case of the customer is re-decided, wherever its partition is.
 */
public record RedecideOnContractChangeFlow(RedecideCase redecideCase) implements Consumer<ContractChanged> {

  @Override
  public void accept(ContractChanged change) {
    redecideCase.onContractChange(EntitlementEvents.fromEvent(change));
  }
}
