package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecisionPublisher;
import io.supportflow.contracts.application.RecordedDecision;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes re-decisions on contracts.entitlements, keyed by case id (the binding's
 * message-key-expression), like the first decision. The binding is synchronous, so a refusal
 * throws here and the re-decision stays in its case's outbox for the relay.
 */
public final class KafkaDecisionPublisher implements DecisionPublisher {

  static final String BINDING = "redecisions-out-0";

  private final StreamBridge streamBridge;

  public KafkaDecisionPublisher(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void publish(RecordedDecision decision) {
    if (!streamBridge.send(BINDING, MessageBuilder.withPayload(EntitlementEvents.toEvent(decision)).build())) {
      throw new IllegalStateException("contracts.entitlements refused " + decision.eventId());
    }
  }
}
