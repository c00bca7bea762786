package io.supportflow.sla.domain;

/** What a reaction target times. */
public enum ReactionMetric {
  FIRST_RESPONSE, FOLLOW_UP, UPDATE_CADENCE
}
