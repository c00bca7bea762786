package io.supportflow.sla.adapter.messaging;

import io.supportflow.sla.application.ClockEvents;
import io.supportflow.sla.application.DowntimeEvents;
import io.supportflow.sla.application.MeasuredDowntime;
import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes clock changes on sla.events and downtime figures on sla.downtime; both bindings are
 * synchronous, so a failure throws here and the output is published again on the next replay.
 */
public final class KafkaSlaEvents implements ClockEvents, DowntimeEvents {

  private final StreamBridge streamBridge;

  public KafkaSlaEvents(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  @Override
  public void publish(CaseTimeline<SlaTerms> trackedCase, ClockChange change) {
    send("clockEvents-out-0", SlaEvents.event(trackedCase, change), "sla.events refused a change of case ", trackedCase);
  }

  @Override
  public void publish(CaseTimeline<SlaTerms> trackedCase, MeasuredDowntime downtime) {
    send("downtimeEvents-out-0", SlaEvents.downtime(trackedCase, downtime),
        "sla.downtime refused the downtime of case ", trackedCase);
  }

  private void send(String binding, SpecificRecord event, String refusal, CaseTimeline<SlaTerms> trackedCase) {
    if (!streamBridge.send(binding, MessageBuilder.withPayload(event).build())) {
      throw new IllegalStateException(refusal + trackedCase.caseNumber());
    }
  }
}
