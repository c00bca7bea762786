package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.NotificationAttempted;
import io.supportflow.notification.application.DeliveryAttempt;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.observability.publishing.ConfirmedSends;
import org.springframework.cloud.stream.function.StreamBridge;

/** Publishes outcomes on notification.events; the binding is synchronous, so a failure throws here. */
public record KafkaNotificationEvents(StreamBridge streamBridge) {

  public void publish(DeliveryAttempt attempt) {
    send(switch (attempt) {
      case NotificationSent sent -> NotificationEvents.toEvent(sent);
      case NotificationFailed failed -> NotificationEvents.toEvent(failed);
      default -> throw new IllegalArgumentException("no outcome event for " + attempt.getClass().getName());
    });
  }

  private void send(NotificationAttempted event) {
    ConfirmedSends.send(streamBridge, "notificationEvents-out-0", event,
        () -> "notification.events did not take " + event.getNotificationId());
  }
}
