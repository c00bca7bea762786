package io.supportflow.observability.publishing;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * The relay of an outbox (docs/adr/0003): each round publishes what was stored but whose
 * publication failed at the time, and what fails again (the broker or Mongo away) waits for the
 * next round. One class for every service's relays, so they all log and recover alike.
 *
 * @param published the log line of a round that published some (given how many); null when the
 *     round's work announces itself
 * @param stillPending the log line of a round that failed, before the failure's message
 * @param round publishes what is pending and returns how many it published
 */
public record OutboxRelay(IntFunction<String> published, String stillPending, IntSupplier round)
    implements Runnable {

  private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());

  @Override
  public void run() {
    try {
      int count = round.getAsInt();
      if (count > 0 && published != null) {
        LOG.log(Level.INFO, published.apply(count));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, stillPending + ": " + e.getMessage());
    }
  }

  /** Runs each relay at a fixed delay, the first round at once; for a configuration's {@code @Bean}. */
  public static SchedulingConfigurer every(Duration delay, OutboxRelay... relays) {
    return tasks -> {
      for (OutboxRelay relay : relays) {
        tasks.addFixedDelayTask(relay, delay);
      }
    };
  }
}
