package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.RequestReceived;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.schemas.delivery.PollBatch;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.Message;

/**
 * intake.requests -> contracts.entitlements: one decision per received request, a poll's requests
 * decided together (PollBatch, docs/performance.md). Each decision is sent in the trace of the
 * request it answers, which a batch has no span of, so every case keeps one trace end to end.
 */
public record DecideEntitlementFlow(DecideEntitlement decideEntitlement, StreamBridge streamBridge, CaseTraces traces)
    implements Consumer<Message<List<Object>>> {

  static final String BINDING = "decisions-out-0";

  @Override
  public void accept(Message<List<Object>> requests) {
    PollBatch.handle(requests, RequestReceived.class, this::decideAndSend);
  }

  /**
   * Decided and stored first, then sent, back to back, and confirmed together before the poll is
   * acknowledged: a batch split after a refused send sends some decisions again, with the same
   * event ids, which consumers ignore.
   */
  private List<EntitlementDecided> decideAndSend(List<PollBatch.Delivered<RequestReceived>> requests) {
    List<RecordedDecision> decided = decideEntitlement.decideAll(
        requests.stream().map(r -> EntitlementEvents.fromEvent(r.payload())).toList());
    List<EntitlementDecided> events = decided.stream().map(EntitlementEvents::toEvent).toList();
    ConfirmedSends.together(() -> {
      for (int i = 0; i < events.size(); i++) {
        EntitlementDecided event = events.get(i);
        try (var log = CaseLogContext.open(event.getTenantId(), event.getCaseId(), event.getCaseNumber());
            var trace = traces.continueTrace(requests.get(i).header("traceparent"), "batch", "decide " + BINDING)) {
          ConfirmedSends.send(streamBridge, BINDING, event,
              () -> "contracts.entitlements refused the decision of case " + event.getCaseId());
        }
      }
    });
    return events;
  }
}
