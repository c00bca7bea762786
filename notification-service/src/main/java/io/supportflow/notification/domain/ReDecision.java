package io.supportflow.notification.domain;

import io.supportflow.businesstime.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A newer decision on a case the reporter was told of (version 2 or higher): what it says from
 * {@code effectiveFrom} on. covered: the case is handled under terms (ENTITLED or QUOTE_REQUIRED);
 * statusMails: the reporter gets status mails (ENTITLED), at the cadences given per priority.
 * promises are the terms' reaction targets (empty when not covered), calendar the coverage they
 * count on (null when not covered).
 */
public record ReDecision(
    String eventId,
    String tenantId,
    String caseId,
    String caseNumber,
    int version,
    Instant effectiveFrom,
    boolean covered,
    boolean statusMails,
    Priority priority,
    String subject,
    String reason,
    String reporterName,
    String reporterEmail,
    ZoneId zone,
    BusinessCalendar calendar,
    List<Promise> promises,
    Map<Priority, Duration> cadences,
    boolean statusMailsWhileOnHold) {

  /** A reaction target of the terms: the metric (FIRST_RESPONSE, FOLLOW_UP, UPDATE_CADENCE), amount and unit. */
  public record Promise(Priority priority, String metric, int amount, String unit) {}

  public ReDecision {
    Required.present("eventId, caseId, effectiveFrom, priority", eventId, caseId, effectiveFrom, priority);
    if (version < 2) {
      throw new IllegalArgumentException("a re-decision has version 2 or higher: " + version);
    }
    promises = List.copyOf(promises);
    cadences = Map.copyOf(cadences);
    zone = zone == null ? ReceivedRequest.NO_CALENDAR : zone;
  }

  public boolean hasReporterAddress() {
    return reporterEmail != null && !reporterEmail.isBlank();
  }
}
