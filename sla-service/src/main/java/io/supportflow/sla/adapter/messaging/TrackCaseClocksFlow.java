package io.supportflow.sla.adapter.messaging;

import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.sla.application.TrackCaseClocks;
import io.supportflow.sla.domain.WarningShare;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity -> the case's clocks. One binding reads both
 * topics so Kafka gives this instance the same partition numbers of each: a case's decision,
 * its activities and its timers are all handled here.
 */
public final class TrackCaseClocksFlow implements Consumer<Message<SpecificRecord>> {

  private final TrackCaseClocks trackCaseClocks;
  private final WarningShare warningShare;

  public TrackCaseClocksFlow(TrackCaseClocks trackCaseClocks, WarningShare warningShare) {
    this.trackCaseClocks = trackCaseClocks;
    this.warningShare = warningShare;
  }

  @Override
  public void accept(Message<SpecificRecord> message) {
    Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
    int p = partition == null ? 0 : partition;
    switch (message.getPayload()) {
      case EntitlementDecided decided ->
          SlaEvents.decision(decided, p, warningShare).ifPresent(trackCaseClocks::decided);
      case CaseActivityRecorded activity -> trackCaseClocks.activity(SlaEvents.activity(activity, p));
      default -> throw new IllegalArgumentException(
          "sla-service does not handle " + message.getPayload().getSchema().getFullName());
    }
  }
}
