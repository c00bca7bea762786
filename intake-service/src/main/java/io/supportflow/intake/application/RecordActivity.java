package io.supportflow.intake.application;

import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseLifecycle;
import io.supportflow.intake.domain.Priority;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Records something that happened on a case: the lifecycle decides, the case file stores the
 * activity with its pending announcement in one write, then it is announced (or the relay does it
 * later). A dedup key (the reply mail's Message-ID, an alert episode) records it at most once.
 */
public record RecordActivity(CaseFiles files, ActivityPublisher publisher, Clock clock) {

  private static final System.Logger LOG = System.getLogger(RecordActivity.class.getName());
  private static final int ATTEMPTS = 5;

  /** The activity recorded on the case; a duplicate (dedup key already there) records none. */
  public record Recorded(CaseFile file, CaseActivity activity, boolean duplicate) {}

  /** On the case with this number; {@code customerId} non-null restricts to that customer's cases. */
  public Recorded onCaseNumber(String tenantId, String caseNumber, String customerId,
      ActivityRequest request, String dedupKey) {
    return record(caseNumber, () -> files.byNumber(tenantId, caseNumber)
        .filter(f -> customerId == null || customerId.equals(f.opened().customerId())), request, dedupKey);
  }

  public Recorded onCaseId(String tenantId, String caseId, ActivityRequest request, String dedupKey) {
    return record(caseId, () -> files.byId(tenantId, caseId), request, dedupKey, null);
  }

  /**
   * On the case with this id, as it happened at {@code at} (a major incident resolves its cases at
   * the instant it was resolved, however late one of them is recorded); never before the case's last
   * activity, so its thread stays in order.
   */
  public Recorded onCaseIdAt(String tenantId, String caseId, ActivityRequest request, String dedupKey, Instant at) {
    return record(caseId, () -> files.byId(tenantId, caseId), request, dedupKey, at);
  }

  private Recorded record(String reference, Supplier<Optional<CaseFile>> load, ActivityRequest request,
      String dedupKey) {
    return record(reference, load, request, dedupKey, null);
  }

  private Recorded record(String reference, Supplier<Optional<CaseFile>> load, ActivityRequest request,
      String dedupKey, Instant at) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      CaseFile file = load.get().orElseThrow(() -> new CaseNotFoundException(reference));
      if (dedupKey != null && file.threadKeys().contains(dedupKey)) {
        return new Recorded(file, null, true);
      }
      CaseActivity activity = CaseLifecycle.apply(file, request, UUID.randomUUID().toString(), when(file, at));
      Priority priorityAfter = activity.newPriority() != null ? activity.newPriority() : file.priority();
      switch (files.append(file, activity, priorityAfter, dedupKey)) {
        case APPENDED -> {
          LOG.log(Level.INFO, "Recorded " + activity.kind() + " on case " + file.opened().caseNumber());
          announce(new ActivityOnCase(file.opened().tenantId(), file.caseId(),
              file.opened().caseNumber().toString(), activity));
          return new Recorded(file, activity, false);
        }
        case DUPLICATE -> {
          return new Recorded(load.get().orElse(file), null, true);
        }
        case STALE -> LOG.log(Level.DEBUG, "Case " + reference + " changed meanwhile; deciding again");
      }
    }
    throw new ConcurrentCaseChangeException(reference);
  }

  private Instant when(CaseFile file, Instant at) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (at == null) {
      return now;
    }
    Instant wanted = at.truncatedTo(ChronoUnit.MILLIS);
    Instant last = file.thread().isEmpty() ? file.opened().receivedAt() : file.thread().getLast().occurredAt();
    return wanted.isBefore(last) ? last : wanted;
  }

  private void announce(ActivityOnCase recorded) {
    try {
      publisher.announce(recorded);
      files.markActivityAnnounced(recorded.caseId(), recorded.activity().eventId());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Activity " + recorded.activity().kind() + " on " + recorded.caseNumber()
          + " stored; announcing it failed and the relay will retry: " + e.getMessage());
    }
  }
}
