package io.supportflow.sla.adapter.messaging;

import io.supportflow.sla.application.DowntimeEvents;
import io.supportflow.sla.application.MeasuredDowntime;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Publishes downtime figures on sla.downtime; the binding is synchronous, so a failure throws here. */
public final class KafkaDowntimeEvents implements DowntimeEvents {

  private final StreamBridge streamBridge;

  public KafkaDowntimeEvents(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void publish(CaseTimeline<SlaTerms> trackedCase, MeasuredDowntime downtime) {
    if (!streamBridge.send("downtimeEvents-out-0",
        MessageBuilder.withPayload(SlaEvents.downtime(trackedCase, downtime)).build())) {
      throw new IllegalStateException("sla.downtime refused the downtime of case " + trackedCase.caseNumber());
    }
  }
}
