package io.supportflow.observability.publishing;

import java.util.function.Supplier;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends one event on a synchronous StreamBridge binding: the send returns once the broker answered,
 * so a refusal throws here and the event stays in its outbox for the relay.
 */
public final class SynchronousBinding {

  private SynchronousBinding() {}

  /** @param refusal the message of the exception when the broker refuses the event */
  public static void send(StreamBridge streamBridge, String binding, Object event, Supplier<String> refusal) {
    if (!streamBridge.send(binding, MessageBuilder.withPayload(event).build())) {
      throw new IllegalStateException(refusal.get());
    }
  }
}
