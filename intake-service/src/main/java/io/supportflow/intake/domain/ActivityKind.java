package io.supportflow.intake.domain;

/** What can happen on an open case; the names are those of the CaseActivityRecorded event. */
public enum ActivityKind {
  CUSTOMER_REPLIED, AGENT_RESPONDED, PRIORITY_CHANGED, PUT_ON_HOLD, RESUMED, RESOLVED, CLOSED
}
