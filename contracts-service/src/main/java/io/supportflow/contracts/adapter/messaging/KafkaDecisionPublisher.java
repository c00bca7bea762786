package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecisionPublisher;
import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.observability.publishing.ConfirmedSends;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Publishes re-decisions on contracts.entitlements, keyed by case id (the binding's
 * message-key-expression), like the first decision. The binding is synchronous, so a refusal
 * throws here and the re-decision stays in its case's outbox for the relay.
 */
public record KafkaDecisionPublisher(StreamBridge streamBridge) implements DecisionPublisher {

  static final String BINDING = "redecisions-out-0";

  @Override
  public void publish(RecordedDecision decision) {
    ConfirmedSends.send(streamBridge, BINDING, EntitlementEvents.toEvent(decision),
        () -> "contracts.entitlements refused " + decision.eventId());
  }
}
