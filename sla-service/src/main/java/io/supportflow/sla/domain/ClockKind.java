package io.supportflow.sla.domain;

/** Which reaction window a clock times. */
public enum ClockKind {
  FIRST_RESPONSE, FOLLOW_UP, UPDATE
}
