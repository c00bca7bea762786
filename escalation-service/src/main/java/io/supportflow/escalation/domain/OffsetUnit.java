package io.supportflow.escalation.domain;

/** How the offset of a level from receipt is counted. */
public enum OffsetUnit {
  /** Wall-clock minutes, whatever the calendar says. */
  CLOCK_MINUTES,
  /** Minutes of the calendar's covered time. */
  BUSINESS_MINUTES,
  /** Hours of the calendar's covered time. */
  BUSINESS_HOURS
}
