package io.supportflow.sla.adapter.messaging;

import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.sla.application.ClockEvents;
import io.supportflow.sla.application.DowntimeEvents;
import io.supportflow.sla.application.MeasuredDowntime;
import io.supportflow.sla.domain.ClockChange;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Publishes clock changes on sla.events and downtime figures on sla.downtime; both bindings are
 * synchronous, so a failure throws here and the output is published again on the next replay.
 */
public record KafkaSlaEvents(StreamBridge streamBridge) implements ClockEvents, DowntimeEvents {

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
    ConfirmedSends.send(streamBridge, binding, event, () -> refusal + trackedCase.caseNumber());
  }
}
