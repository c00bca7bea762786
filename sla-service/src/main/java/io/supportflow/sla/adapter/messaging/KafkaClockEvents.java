package io.supportflow.sla.adapter.messaging;

import io.supportflow.sla.application.ClockEvents;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.sla.domain.ClockChange;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Publishes clock changes on sla.events; the binding is synchronous, so a failure throws here. */
public final class KafkaClockEvents implements ClockEvents {

  private final StreamBridge streamBridge;

  public KafkaClockEvents(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void publish(CaseTimeline<SlaTerms> trackedCase, ClockChange change) {
    if (!streamBridge.send("clockEvents-out-0", MessageBuilder.withPayload(SlaEvents.event(trackedCase, change)).build())) {
      throw new IllegalStateException("sla.events refused a change of case " + trackedCase.caseNumber());
    }
  }
}
