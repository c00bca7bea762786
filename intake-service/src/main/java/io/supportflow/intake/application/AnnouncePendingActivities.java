package io.supportflow.intake.application;

import java.time.Clock;
import java.time.Duration;

/** Announces activities whose first announcement failed; each keeps its event id. */
public final class AnnouncePendingActivities {

  private final CaseFiles files;
  private final ActivityPublisher publisher;
  private final Clock clock;
  private final Duration grace;

  public AnnouncePendingActivities(CaseFiles files, ActivityPublisher publisher, Clock clock, Duration grace) {
    this.files = files;
    this.publisher = publisher;
    this.clock = clock;
    this.grace = grace;
  }

  /** Returns how many were announced; stops at the first failure (Kafka is still away). */
  public int announceDue(int limit) {
    int announced = 0;
    for (ActivityOnCase pending : files.unannouncedActivitiesBefore(clock.instant().minus(grace), limit)) {
      publisher.announce(pending);
      files.markActivityAnnounced(pending.caseId(), pending.activity().eventId());
      announced++;
    }
    return announced;
  }
}
