package io.supportflow.contracts.domain;

/** What made contracts-service decide an open case again (EntitlementDecided.trigger). */
public enum RedecisionTrigger {
  /** Support set another priority. */
  PRIORITY_CHANGED,
  /** A customer's reply named a catalogue product, or a version of the case's product, that the case lacked. */
  PRODUCT_MENTIONED,
  /** A contract of the case's customer was created, changed or deleted. */
  CONTRACT_CHANGED
}
