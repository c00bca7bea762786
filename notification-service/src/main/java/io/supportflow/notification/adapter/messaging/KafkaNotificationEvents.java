package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.NotificationAttempted;
import io.supportflow.notification.application.DeliveryAttempt;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/** Publishes outcomes on notification.events; the binding is synchronous, so a failure throws here. */
public final class KafkaNotificationEvents {

  private final StreamBridge streamBridge;

  public KafkaNotificationEvents(StreamBridge streamBridge) {
    this.streamBridge = streamBridge;
  }

  public void publish(DeliveryAttempt attempt) {
    send(switch (attempt) {
      case NotificationSent sent -> NotificationEvents.toEvent(sent);
      case NotificationFailed failed -> NotificationEvents.toEvent(failed);
      default -> throw new IllegalArgumentException("no outcome event for " + attempt.getClass().getName());
    });
  }

  private void send(NotificationAttempted event) {
    if (!streamBridge.send("notificationEvents-out-0", MessageBuilder.withPayload(event).build())) {
      throw new IllegalStateException("notification.events did not take " + event.getNotificationId());
    }
  }
}
