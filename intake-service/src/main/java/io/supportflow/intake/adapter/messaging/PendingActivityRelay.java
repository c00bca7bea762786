package io.supportflow.intake.adapter.messaging;

import io.supportflow.intake.application.AnnouncePendingActivities;
import java.lang.System.Logger.Level;
import org.springframework.scheduling.annotation.Scheduled;

/** Periodically announces case activity whose announcement failed when it was recorded. */
public final class PendingActivityRelay {

  private static final System.Logger LOG = System.getLogger(PendingActivityRelay.class.getName());
  private static final int BATCH = 500;

  private final AnnouncePendingActivities announcePendingActivities;

  public PendingActivityRelay(AnnouncePendingActivities announcePendingActivities) {
    this.announcePendingActivities = announcePendingActivities;
  }

  @Scheduled(fixedDelayString = "${supportflow.intake.relay-interval}") // default in application.yml
  public void relay() {
    try {
      int announced = announcePendingActivities.announceDue(BATCH);
      if (announced > 0) {
        LOG.log(Level.INFO, "Relay announced " + announced + " pending case activit(ies)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not announce pending case activity yet: " + e.getMessage());
    }
  }
}
