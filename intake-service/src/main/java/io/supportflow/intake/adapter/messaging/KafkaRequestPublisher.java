package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestAttachment;
import io.supportflow.events.RequestReceived;
import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.application.RequestPublisher;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.schemas.CaseEventHead;
import java.time.Clock;
import java.util.List;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Announces requests on intake.requests, each confirmed by the broker, so a failure throws here. A
 * case is announced in the trace of the request that opened it (from the announcing thread or the
 * relay, later), and named in the log context.
 */
public record KafkaRequestPublisher(StreamBridge streamBridge, Clock clock, CaseTraces traces) implements RequestPublisher {

  static final String BINDING = "requests-out-0";

  @Override
  public void announce(OpenedCase opened) {
    SupportCase c = opened.supportCase();
    try (var log = CaseLogContext.open(c.tenantId(), c.caseId(), c.caseNumber().toString());
        var trace = traces.continueTrace(opened.traceparent(), "relay", "relay " + BINDING)) {
      ConfirmedSends.send(streamBridge, BINDING, toEvent(opened),
          () -> "intake.requests refused the request of case " + c.caseNumber());
    }
  }

  /** Sent back to back and confirmed together: one produce request for many. */
  @Override
  public void announceAll(List<OpenedCase> opened) {
    ConfirmedSends.together(() -> opened.forEach(this::announce));
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
