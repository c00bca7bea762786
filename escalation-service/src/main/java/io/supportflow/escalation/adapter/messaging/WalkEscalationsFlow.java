package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.WalkEscalations;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChanged;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements + intake.case-activity + sla.events -> the case's walk. One binding reads
 * the three topics so Kafka gives this instance the same partition numbers of each: a case's
 * decision, activities, breaches and timers are all handled here.
 */
public final class WalkEscalationsFlow implements Consumer<Message<SpecificRecord>> {

  private final WalkEscalations walkEscalations;
  private final MatrixChoice choice;

  public WalkEscalationsFlow(WalkEscalations walkEscalations, MatrixChoice choice) {
    this.walkEscalations = walkEscalations;
    this.choice = choice;
  }

  @Override
  public void accept(Message<SpecificRecord> message) {
    Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
    int p = partition == null ? 0 : partition;
    switch (message.getPayload()) {
      case EntitlementDecided decided ->
          EscalationMessages.decision(decided, p, choice).ifPresent(walkEscalations::decided);
      case CaseActivityRecorded activity -> walkEscalations.activity(EscalationMessages.activity(activity, p));
      case SlaClockChanged change -> walkEscalations.activity(EscalationMessages.clockChange(change, p));
      default -> throw new IllegalArgumentException(
          "escalation-service does not handle " + message.getPayload().getSchema().getFullName());
    }
  }
}
