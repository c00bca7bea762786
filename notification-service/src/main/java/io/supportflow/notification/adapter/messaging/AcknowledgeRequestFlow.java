package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.notification.application.AcknowledgeRequest;
import java.util.function.Function;

/**
 * contracts.entitlements -> mail + notification.events: every decided request is acknowledged.
 * Returns null when the reporter has no address; Spring Cloud Stream then sends nothing.
 */
public final class AcknowledgeRequestFlow implements Function<EntitlementDecided, NotificationAttempted> {

  private final AcknowledgeRequest acknowledgeRequest;

  public AcknowledgeRequestFlow(AcknowledgeRequest acknowledgeRequest) {
    this.acknowledgeRequest = acknowledgeRequest;
  }

  @Override
  public NotificationAttempted apply(EntitlementDecided decision) {
    return acknowledgeRequest.acknowledge(NotificationEvents.fromEvent(decision))
        .map(NotificationEvents::toEvent)
        .orElse(null);
  }
}
