package io.supportflow.contracts.domain;

/** What a reaction target times. */
public enum ReactionMetric {
  FIRST_RESPONSE, FOLLOW_UP, UPDATE_CADENCE
}
