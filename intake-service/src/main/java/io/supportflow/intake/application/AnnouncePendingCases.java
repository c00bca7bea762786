package io.supportflow.intake.application;

import java.time.Clock;
import java.time.Duration;

/**
 * Announces cases whose first announcement failed (Kafka away, process killed mid-request). The
 * event keeps its original id, so a case announced twice is still one request downstream.
 */
public final class AnnouncePendingCases {

  private final CaseRecords records;
  private final RequestPublisher publisher;
  private final Clock clock;
  private final Duration grace;

  /** @param grace how long a fresh case is left to its own request thread before the relay steps in */
  public AnnouncePendingCases(
      CaseRecords records, RequestPublisher publisher, Clock clock, Duration grace) {
    this.records = records;
    this.publisher = publisher;
    this.clock = clock;
    this.grace = grace;
  }

  /** Returns how many cases were announced. Stops at the first failure: Kafka is still away. */
  public int announceDue(int limit) {
    int announced = 0;
    for (OpenedCase pending : records.unannouncedBefore(clock.instant().minus(grace), limit)) {
      publisher.announce(pending);
      records.markAnnounced(pending.supportCase().caseId(), clock.instant());
      announced++;
    }
    return announced;
  }
}
