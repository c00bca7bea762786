package io.supportflow.intake.adapter.messaging;

import java.lang.System.Logger.Level;
import java.util.function.IntUnaryOperator;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Periodically announces what was stored but whose announcement failed at the time: one relay for
 * cases, one for case activity (each an AnnouncePending).
 */
public final class PendingRelay {

  private static final System.Logger LOG = System.getLogger(PendingRelay.class.getName());
  private static final int BATCH = 500;

  private final String pending;
  private final IntUnaryOperator announceDue;

  /**
   * @param pending what is announced, for the log ("case(s)")
   * @param announceDue announces up to the given number and returns how many it announced
   */
  public PendingRelay(String pending, IntUnaryOperator announceDue) {
    this.pending = pending;
    this.announceDue = announceDue;
  }

  @Scheduled(fixedDelayString = "${supportflow.intake.relay-interval}") // default in application.yml
  public void relay() {
    try {
      int announced = announceDue.applyAsInt(BATCH);
      if (announced > 0) {
        LOG.log(Level.INFO, "Relay announced " + announced + " pending " + pending);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Relay could not announce pending " + pending + " yet: " + e.getMessage());
    }
  }
}
