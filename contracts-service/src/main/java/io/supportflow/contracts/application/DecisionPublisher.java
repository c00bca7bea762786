package io.supportflow.contracts.application;

/** Publishes a re-decision on contracts.entitlements, keyed by its case; throws when the broker refuses it. */
public interface DecisionPublisher {

  void publish(RecordedDecision decision);
}
