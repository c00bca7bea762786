package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.EscalationEvents;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.ReachedLevel;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.timeline.CaseTimeline;
import org.springframework.cloud.stream.function.StreamBridge;

/** Publishes levels reached on escalation.events; the binding is synchronous, so a failure throws here. */
public record KafkaEscalationEvents(StreamBridge streamBridge) implements EscalationEvents {

  static final String BINDING = "escalations-out-0";

  @Override
  public void publish(CaseTimeline<EscalationTerms> escalatedCase, ReachedLevel level) {
    ConfirmedSends.send(streamBridge, BINDING, EscalationMessages.event(escalatedCase, level),
        () -> "escalation.events refused level " + level.level() + " of case " + escalatedCase.caseNumber());
  }
}
