package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.RequestReceived;
import java.util.function.Function;

/** intake.requests -> contracts.entitlements: one decision per received request. */
public final class DecideEntitlementFlow implements Function<RequestReceived, EntitlementDecided> {

  private final DecideEntitlement decideEntitlement;

  public DecideEntitlementFlow(DecideEntitlement decideEntitlement) {
    this.decideEntitlement = decideEntitlement;
  }

  @Override
  public EntitlementDecided apply(RequestReceived request) {
    return EntitlementEvents.toEvent(decideEntitlement.decide(EntitlementEvents.fromEvent(request)));
  }
}
