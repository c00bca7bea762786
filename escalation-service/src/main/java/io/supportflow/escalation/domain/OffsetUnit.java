package io.supportflow.escalation.domain;

/** How the offset of a level from receipt is counted: the same units as the reaction targets. */
public enum OffsetUnit {
  /** Wall-clock minutes, whatever the calendar says. */
  CLOCK_MINUTES,
  /** Minutes of the calendar's covered time. */
  BUSINESS_MINUTES,
  /** Hours of the calendar's covered time. */
  BUSINESS_HOURS,
  /** N times the calendar's business-day length, in covered time. */
  BUSINESS_DAYS,
  /** The close of the N-th working day after the day of receipt. */
  WORKING_DAYS,
  /** The close of the next working day after the day of receipt (the amount is ignored). */
  NEXT_WORKING_DAY
}
