package io.supportflow.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A case as notification-service knows it: whom to write to, what to call it, and what a status
 * mail says. statusCadence is null when the case gets no status mails; partition is the Kafka
 * partition of the case, on which its timers live.
 */
public record NotifiedCase(
    String tenantId,
    String caseId,
    String caseNumber,
    String subject,
    String reporterName,
    String reporterEmail,
    Priority priority,
    Instant receivedAt,
    ZoneId zone,
    Duration statusCadence,
    int partition,
    String status,
    String latestResponse,
    boolean onHold,
    boolean resolved) {

  public NotifiedCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(receivedAt, "receivedAt");
    status = status == null ? "NEW" : status;
  }

  public boolean hasReporterAddress() {
    return reporterEmail != null && !reporterEmail.isBlank();
  }

  /** The status after an activity; a resolved or closed case gets no more status mails. */
  public NotifiedCase after(CaseEvent event) {
    String newStatus = event.caseStatus() == null ? status : event.caseStatus();
    String response = event.publicResponse() == null ? latestResponse : event.publicResponse();
    boolean hold = switch (event.kind()) {
      case PUT_ON_HOLD -> true;
      case RESUMED -> false;
      default -> onHold;
    };
    boolean done = resolved || event.kind() == CaseEvent.Kind.RESOLVED || event.kind() == CaseEvent.Kind.CLOSED;
    return new NotifiedCase(tenantId, caseId, caseNumber, subject, reporterName, reporterEmail, priority,
        receivedAt, zone, statusCadence, partition, newStatus, response, hold, done);
  }

  /** The n-th status mail is due n cadences after receipt. */
  public Instant statusMailDue(int n) {
    return receivedAt.plus(statusCadence.multipliedBy(n));
  }

  /** Which status mail is due at that instant (1 for the first). */
  public int statusMailNumber(Instant due) {
    return (int) (Duration.between(receivedAt, due).toMillis() / statusCadence.toMillis());
  }
}
