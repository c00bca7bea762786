package io.supportflow.intake.domain;

/** Where a case stands. */
public enum CaseStatus {
  NEW, OPEN, ON_HOLD, RESOLVED, CLOSED
}
