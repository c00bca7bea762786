package io.supportflow.intake.adapter.messaging;

import io.supportflow.intake.application.AnnouncePendingCases;
import java.lang.System.Logger.Level;
import org.springframework.scheduling.annotation.Scheduled;

/** Periodically announces cases whose announcement failed when they were opened. */
public final class PendingCaseRelay {

  private static final System.Logger LOG = System.getLogger(PendingCaseRelay.class.getName());
  private static final int BATCH = 500;

  private final AnnouncePendingCases announcePendingCases;

  public PendingCaseRelay(AnnouncePendingCases announcePendingCases) {
    this.announcePendingCases = announcePendingCases;
  }

  @Scheduled(fixedDelayString = "${supportflow.intake.relay-interval}") // default in application.yml
  public void relay() {
    try {
      int announced = announcePendingCases.announceDue(BATCH);
      if (announced > 0) {
        LOG.log(Level.INFO, "Relay announced " + announced + " pending case(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not announce pending cases yet: " + e.getMessage());
    }
  }
}
