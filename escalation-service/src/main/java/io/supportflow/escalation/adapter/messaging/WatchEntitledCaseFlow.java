package io.supportflow.escalation.adapter.messaging;

import io.supportflow.escalation.application.WatchEntitledCase;
import io.supportflow.events.EntitlementDecided;
import java.util.function.Consumer;

/** contracts.entitlements -> watched_cases: entitled cases are watched for escalation. */
public final class WatchEntitledCaseFlow implements Consumer<EntitlementDecided> {

  private final WatchEntitledCase watchEntitledCase;

  public WatchEntitledCaseFlow(WatchEntitledCase watchEntitledCase) {
    this.watchEntitledCase = watchEntitledCase;
  }

  @Override
  public void accept(EntitlementDecided decision) {
    watchEntitledCase.watch(EscalationEvents.fromEvent(decision));
  }
}
