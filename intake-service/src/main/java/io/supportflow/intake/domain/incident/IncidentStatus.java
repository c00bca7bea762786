package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.InvalidActivityException;
import java.util.Locale;

/**
 * Where a major incident stands: INVESTIGATING (something is wrong, the cause is sought),
 * IDENTIFIED (the cause is known, a fix is under way), MONITORING (fixed, being watched), RESOLVED
 * (over; final). The open statuses may follow each other in any order (a fix that does not hold goes
 * back to INVESTIGATING or IDENTIFIED); RESOLVED is reached only by resolving the incident, which
 * resolves its cases.
 */
public enum IncidentStatus {
  INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED;

  public boolean open() {
    return this != RESOLVED;
  }

  /** The status a person typed, in any letter case; anything else is refused naming the field. */
  public static IncidentStatus read(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidActivityException(field, "a status is needed: INVESTIGATING, IDENTIFIED, MONITORING or RESOLVED");
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidActivityException(field,
          "'" + text.strip() + "' is not a status: INVESTIGATING, IDENTIFIED, MONITORING or RESOLVED");
    }
  }
}
