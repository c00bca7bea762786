package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.RequestReceived;
import java.util.function.Function;

/** intake.requests -> contracts.entitlements: one decision per received request. */
public record DecideEntitlementFlow(DecideEntitlement decideEntitlement) implements Function<RequestReceived, EntitlementDecided> {

  @Override
  public EntitlementDecided apply(RequestReceived request) {
    return EntitlementEvents.toEvent(decideEntitlement.decide(EntitlementEvents.fromEvent(request)));
  }
}
