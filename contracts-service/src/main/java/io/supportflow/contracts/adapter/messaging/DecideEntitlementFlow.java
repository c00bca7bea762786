package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.RequestReceived;
import io.supportflow.schemas.delivery.PollBatch;
import java.util.List;
import java.util.function.Function;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * intake.requests -> contracts.entitlements: one decision per received request, a poll's requests
 * decided together (docs/performance.md); the binder sends each decision as a record of its own.
 */
public record DecideEntitlementFlow(DecideEntitlement decideEntitlement)
    implements Function<Message<List<Object>>, List<Message<EntitlementDecided>>> {

  @Override
  public List<Message<EntitlementDecided>> apply(Message<List<Object>> requests) {
    return PollBatch.handle(requests, RequestReceived.class, this::decide);
  }

  private List<Message<EntitlementDecided>> decide(List<RequestReceived> requests) {
    return decideEntitlement.decideAll(requests.stream().map(EntitlementEvents::fromEvent).toList()).stream()
        .map(EntitlementEvents::toEvent)
        .map(decided -> MessageBuilder.withPayload(decided).build())
        .toList();
  }
}
