package io.supportflow.sla.domain;

/** How a target's amount is counted: wall-clock time, or only the calendar's covered time. */
public enum TargetUnit {
  CLOCK_MINUTES, BUSINESS_MINUTES, BUSINESS_HOURS, BUSINESS_DAYS, WORKING_DAYS, NEXT_WORKING_DAY
}
