package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EscalationEvents;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.ReachedLevel;
import io.supportflow.timeline.CaseTimeline;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Publishes levels reached on escalation.events; the binding is synchronous, so a failure throws here. */
public final class KafkaEscalationEvents implements EscalationEvents {

  static final String BINDING = "escalations-out-0";

  private final StreamBridge streamBridge;

  public KafkaEscalationEvents(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void publish(CaseTimeline<EscalationTerms> escalatedCase, ReachedLevel level) {
    if (!streamBridge.send(BINDING, MessageBuilder.withPayload(EscalationMessages.event(escalatedCase, level)).build())) {
      throw new IllegalStateException("escalation.events refused level " + level.level() + " of case "
          + escalatedCase.caseNumber());
    }
  }
}
