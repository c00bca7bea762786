package io.supportflow.contracts.application;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes re-decisions stored with their case, and forgets each once the broker has it. Publishing
 * twice is harmless: the event id and version are the stored ones, and consumers keep the higher version.
 */
public record PublishRedecisions(CaseDecisions cases, DecisionPublisher publisher, Clock clock) {

  private static final System.Logger LOG = System.getLogger(PublishRedecisions.class.getName());

  /** A re-decision younger than this is being published by the consumer that stored it. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /** Best effort right after the decision was stored: what fails stays for {@link #publishAllUnpublished()}. */
  public boolean publish(RecordedDecision decision) {
    try {
      publisher.publish(decision);
      cases.markPublished(decision.request().caseId(), decision.eventId());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Re-decision " + decision.eventId() + " of case " + decision.request().caseId()
          + " stays unpublished: " + e.getMessage());
      return false;
    }
  }

  public int publishAllUnpublished() {
    int published = 0;
    Instant storedBefore = clock.instant().minus(GRACE);
    for (RecordedDecision decision : cases.unpublished()) {
      if (!decision.decidedAt().isBefore(storedBefore)) {
        continue;
      }
      if (!publish(decision)) {
        break; // the broker refuses: the rest waits for the next round, in order
      }
      published++;
    }
    return published;
  }
}
