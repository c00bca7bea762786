package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.PublishContractChanges;
import java.lang.System.Logger.Level;
import org.springframework.scheduling.annotation.Scheduled;

/** Periodically publishes contract changes whose publication failed right after their edit. */
public final class ContractChangeRelay {

  private static final System.Logger LOG = System.getLogger(ContractChangeRelay.class.getName());

  private final PublishContractChanges publishContractChanges;

  public ContractChangeRelay(PublishContractChanges publishContractChanges) {
    this.publishContractChanges = publishContractChanges;
  }

  @Scheduled(fixedDelayString = "${supportflow.contracts.relay-interval:10s}")
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
