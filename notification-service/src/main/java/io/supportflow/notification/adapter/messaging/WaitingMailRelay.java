package io.supportflow.notification.adapter.messaging;

import io.supportflow.notification.application.MailDelivery;
import java.lang.System.Logger.Level;

/**
 * Tries the mails waiting in the outbox whose time has come and announces each outcome on
 * notification.events. Run at a fixed delay (supportflow.mail.redelivery.every) by the configuration.
 */
public final class WaitingMailRelay {

  private static final System.Logger LOG = System.getLogger(WaitingMailRelay.class.getName());

  private final MailDelivery delivery;
  private final KafkaNotificationEvents events;
  private final int batch;

  public WaitingMailRelay(MailDelivery delivery, KafkaNotificationEvents events, int batch) {
    this.delivery = delivery;
    this.events = events;
    this.batch = batch;
  }

  public void relay() {
    try {
      delivery.retryWaiting(batch).forEach(events::publish);
    } catch (RuntimeException e) {
      // Mongo or the broker is away: the leases run out and the next run, or another instance, tries again.
      LOG.log(Level.WARNING, "Waiting mails not tried this time: " + e.getMessage());
    }
  }
}
