package io.supportflow.timeline;

/** The urgency of a case, P1 (production down, or a security issue) to P4 (limited impact). */
public enum Priority {
  P1, P2, P3, P4
}
