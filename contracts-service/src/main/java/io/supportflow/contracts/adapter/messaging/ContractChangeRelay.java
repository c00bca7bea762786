package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.PublishContractChanges;
import java.lang.System.Logger.Level;

/** Periodically publishes contract changes whose publication failed right after their edit. */
public final class ContractChangeRelay {

  private static final System.Logger LOG = System.getLogger(ContractChangeRelay.class.getName());

  private final PublishContractChanges publishContractChanges;

  public ContractChangeRelay(PublishContractChanges publishContractChanges) {
    this.publishContractChanges = publishContractChanges;
  }

  /** Run at a fixed delay (supportflow.contracts.relay-interval), scheduled by the configuration. */
  public void relay() {
    try {
      int published = publishContractChanges.publishAllPending();
      if (published > 0) {
        LOG.log(Level.INFO, "Relay published " + published + " pending contract change(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not publish pending contract changes yet: " + e.getMessage());
    }
  }
}
