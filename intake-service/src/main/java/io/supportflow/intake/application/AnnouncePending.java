package io.supportflow.intake.application;

import io.supportflow.intake.application.incidents.IncidentPublisher;
import io.supportflow.intake.application.incidents.Incidents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Announces what was stored but whose first announcement failed (Kafka away, process killed
 * mid-request): new cases, and activity on cases. Each keeps its original event id, so something
 * announced twice is still one event downstream.
 *
 * @param <T> what is announced
 */
public final class AnnouncePending<T> {

  private final BiFunction<Instant, Integer, List<T>> unannouncedBefore;
  private final Consumer<T> announce;
  private final BiConsumer<T, Instant> markAnnounced;
  private final Clock clock;
  private final Duration grace;

  private AnnouncePending(BiFunction<Instant, Integer, List<T>> unannouncedBefore, Consumer<T> announce,
      BiConsumer<T, Instant> markAnnounced, Clock clock, Duration grace) {
    this.unannouncedBefore = unannouncedBefore;
    this.announce = announce;
    this.markAnnounced = markAnnounced;
    this.clock = clock;
    this.grace = grace;
  }

  /** @param grace how long a fresh case is left to its own request thread before the relay steps in */
  public static AnnouncePending<OpenedCase> cases(CaseRecords records, RequestPublisher publisher, Clock clock,
      Duration grace) {
    return new AnnouncePending<>(records::unannouncedBefore, publisher::announce,
        (opened, at) -> records.markAnnounced(opened.supportCase().caseId(), at), clock, grace);
  }

  /** @param grace how long a fresh activity is left to its own request thread before the relay steps in */
  public static AnnouncePending<ActivityOnCase> activities(CaseFiles files, ActivityPublisher publisher,
      Clock clock, Duration grace) {
    return new AnnouncePending<>(files::unannouncedActivitiesBefore, publisher::announce,
        (recorded, at) -> files.markActivityAnnounced(recorded.caseId(), recorded.activity().eventId()),
        clock, grace);
  }

  /**
   * What linked cases are told of their major incidents.
   *
   * @param grace how long a fresh notice is left to its own request thread before the relay steps in
   */
  public static AnnouncePending<Incidents.PendingNotice> incidentNotices(Incidents incidents,
      IncidentPublisher publisher, Clock clock, Duration grace) {
    return new AnnouncePending<>(incidents::unannouncedBefore, p -> publisher.announce(p.tenantId(), p.notice()),
        (p, at) -> incidents.markAnnounced(p.notice().incidentId(), p.notice().eventId()), clock, grace);
  }

  /** Returns how many were announced. Stops at the first failure: Kafka is still away. */
  public int announceDue(int limit) {
    int announced = 0;
    for (T pending : unannouncedBefore.apply(clock.instant().minus(grace), limit)) {
      announce.accept(pending);
      markAnnounced.accept(pending, clock.instant());
      announced++;
    }
    return announced;
  }
}
