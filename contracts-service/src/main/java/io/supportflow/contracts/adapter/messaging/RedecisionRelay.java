package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.PublishRedecisions;
import java.lang.System.Logger.Level;

/** Periodically publishes re-decisions whose publication failed right after they were stored. */
public final class RedecisionRelay {

  private static final System.Logger LOG = System.getLogger(RedecisionRelay.class.getName());

  private final PublishRedecisions publishRedecisions;

  public RedecisionRelay(PublishRedecisions publishRedecisions) {
    this.publishRedecisions = publishRedecisions;
  }

  /** Run at a fixed delay (supportflow.contracts.relay-interval), scheduled by the configuration. */
  public void relay() {
    try {
      int published = publishRedecisions.publishAllUnpublished();
      if (published > 0) {
        LOG.log(Level.INFO, "Relay published " + published + " re-decision(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not publish re-decisions yet: " + e.getMessage());
    }
  }
}
