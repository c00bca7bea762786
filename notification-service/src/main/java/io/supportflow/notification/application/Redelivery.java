package io.supportflow.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a mail the server did not take is tried again: the wait doubles from {@code firstWait} up to
 * {@code longestWait}, and a mail still not taken {@code giveUpAfter} its creation is given up (for an
 * operator, who may replay its event). The mail waits in the outbox meanwhile, so an outage of the
 * mail server delays mails but loses none and dead-letters no event.
 */
public record Redelivery(Duration firstWait, Duration longestWait, Duration giveUpAfter) {

  public static final Redelivery DEFAULT =
      new Redelivery(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(24));

  public Redelivery {
    Objects.requireNonNull(firstWait, "firstWait");
    Objects.requireNonNull(longestWait, "longestWait");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException("waits must be positive and the longest at least the first: "
          + firstWait + ", " + longestWait);
    }
  }

  /** The next try after the given number of failed attempts (1 for the first failure). */
  public Instant nextTry(Instant failedAt, int failedAttempts) {
    Duration wait = firstWait;
    for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return failedAt.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
  }

  public boolean givesUp(Instant createdAt, Instant now) {
    return !now.isBefore(createdAt.plus(giveUpAfter));
  }
}
