package io.supportflow.notification.domain;

import io.supportflow.businesstime.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A request as decided, with what its acknowledgement tells the reporter. reason is the decision's
 * sentence; zone is the contract calendar's, or UTC when the request has no terms; coverage is the
 * contract's calendar, which says when work commences (round the clock when the request has no terms).
 */
public record ReceivedRequest(
    String caseId,
    String caseNumber,
    Priority priority,
    String subject,
    String reason,
    String reporterName,
    String reporterEmail,
    Instant receivedAt,
    ZoneId zone,
    BusinessCalendar coverage) {

  public static final ZoneId NO_CALENDAR = ZoneId.of("UTC");

  public ReceivedRequest {
    Required.present("caseId, caseNumber, priority, subject, reason, receivedAt",
        caseId, caseNumber, priority, subject, reason, receivedAt);
    zone = zone == null ? NO_CALENDAR : zone;
    coverage = coverage == null ? BusinessCalendar.twentyFourSeven(zone) : coverage;
  }

  /** A request whose work starts on arrival. */
  public ReceivedRequest(String caseId, String caseNumber, Priority priority, String subject, String reason,
      String reporterName, String reporterEmail, Instant receivedAt, ZoneId zone) {
    this(caseId, caseNumber, priority, subject, reason, reporterName, reporterEmail, receivedAt, zone, null);
  }

  /** Empty when the request arrived in covered time; else when work on it commences, in the calendar's zone. */
  public Optional<ZonedDateTime> workCommences() {
    Instant commences = coverage.nextCoveredMoment(receivedAt);
    return commences.equals(receivedAt) ? Optional.empty() : Optional.of(commences.atZone(coverage.zone()));
  }
}
