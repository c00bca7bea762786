package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.AnnounceTenantsAndKeys;
import java.lang.System.Logger.Level;

/** Periodically publishes tenant entries and key states whose publication failed right after their change. */
public final class TenantsRelay {

  private static final System.Logger LOG = System.getLogger(TenantsRelay.class.getName());

  private final AnnounceTenantsAndKeys announce;

  public TenantsRelay(AnnounceTenantsAndKeys announce) {
    this.announce = announce;
  }

  /** Run at a fixed delay (supportflow.tenants.relay-interval), scheduled by the configuration. */
  public void relay() {
    try {
      int published = announce.announceAllPending();
      if (published > 0) {
        LOG.log(Level.INFO, "Relay published " + published + " pending tenant entr(ies) and key state(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not publish pending tenants and keys yet: " + e.getMessage());
    }
  }
}
