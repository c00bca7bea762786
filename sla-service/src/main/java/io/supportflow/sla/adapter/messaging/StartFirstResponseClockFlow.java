package io.supportflow.sla.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.sla.application.StartFirstResponseClock;
import java.util.function.Function;

/**
 * contracts.entitlements -> sla.events: the first-response clock of each entitled case. Returns
 * null when there is nothing to time; Spring Cloud Stream then sends nothing.
 */
public final class StartFirstResponseClockFlow implements Function<EntitlementDecided, SlaClockChanged> {

  private final StartFirstResponseClock startFirstResponseClock;

  public StartFirstResponseClockFlow(StartFirstResponseClock startFirstResponseClock) {
    this.startFirstResponseClock = startFirstResponseClock;
  }

  @Override
  public SlaClockChanged apply(EntitlementDecided decision) {
    return startFirstResponseClock.start(SlaEvents.fromEvent(decision)).map(SlaEvents::toEvent).orElse(null);
  }
}
