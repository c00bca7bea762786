package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestAttachment;
import io.supportflow.events.RequestReceived;
import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.application.RequestPublisher;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.schemas.CaseEventHead;
import java.time.Clock;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Announces requests on intake.requests; the binding is synchronous, so a failure throws here. */
public final class KafkaRequestPublisher implements RequestPublisher {

  static final String BINDING = "requests-out-0";

  private final StreamBridge streamBridge;
  private final Clock clock;

  public KafkaRequestPublisher(StreamBridge streamBridge, Clock clock) {
    this.streamBridge = streamBridge;
    this.clock = clock;
  }

  @Override
  public void announce(OpenedCase opened) {
    if (!streamBridge.send(BINDING, MessageBuilder.withPayload(toEvent(opened)).build())) {
      throw new IllegalStateException("intake.requests refused the request of case "
          + opened.supportCase().caseNumber());
    }
  }

  RequestReceived toEvent(OpenedCase opened) {
    SupportCase c = opened.supportCase();
    var head = new CaseEventHead(opened.requestEventId(), clock.instant(), c.tenantId(), c.caseId(),
        c.caseNumber().toString());
    return RequestReceived.newBuilder(head.on(new RequestReceived()))
        .setChannel(Channel.valueOf(c.channel().name()))
        .setReporter(new Reporter(c.reporter().name(), c.reporter().email(), c.reporter().phone()))
        .setSubject(c.subject())
        .setDescription(c.description())
        .setStatedSeverity(c.statedSeverity())
        .setPriority(Priority.valueOf(c.priority().name()))
        .setProduct(c.product())
        .setVersion(c.version())
        .setLanguage(c.language())
        .setReceivedAt(c.receivedAt())
        .setCorrelationKey(opened.correlationKey())
        .setCustomerHint(c.customerHint())
        .setCategory(c.category())
        .setAttachments(c.attachments().stream()
            .map(a -> new RequestAttachment(a.name(), a.size(), a.contentType(), a.id(), a.declaredType()))
            .toList())
        .build();
  }
}
