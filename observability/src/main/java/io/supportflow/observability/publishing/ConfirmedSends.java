package io.supportflow.observability.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.kafka.support.KafkaIntegrationHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The one way a service publishes an event: it goes on after the broker confirmed it, and a refusal
 * throws, so the event stays in its outbox (or its replay, its poll) to be sent again.
 *
 * <p>The bindings send without waiting ({@code sync: false}) and hand each send's future to {@link
 * #futures()}, the futures channel of every Kafka producer handler (set by observability's
 * auto-configuration). A send alone waits for its own future at once. Sends made inside {@link
 * #together(Runnable)} go out back to back, so the producer batches them into few produce requests,
 * and are waited for together at its end: a poll's outputs cost one round trip to the broker, not
 * one each. The producers are idempotent, so a refused send fails every later one of its partition
 * too, and a poll redone after a failure finds its outputs in order.
 */
public final class ConfirmedSends {

  /** Longer than the producer's own delivery time-out (two minutes), which ends every send first. */
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(3);

  // The producer handler hands the future over on the sending thread, inside StreamBridge.send.
  private static final ThreadLocal<CompletableFuture<?>> HANDED_OVER = new ThreadLocal<>();
  private static final ThreadLocal<List<Pending>> TOGETHER = new ThreadLocal<>();
  private static final String TOKEN = "confirmed";
  private static final MessageChannel FUTURES = new MessageChannel() {
    @Override
    public boolean send(Message<?> message, long timeout) {
      if (!(message.getPayload() instanceof CompletableFuture<?> future)) {
        return false;
      }
      HANDED_OVER.set(future);
      return true;
    }
  };

  private record Pending(CompletableFuture<?> sent, Supplier<String> refusal) {}

  private ConfirmedSends() {}

  /** @param refusal the message of the exception when the broker refuses the event */
  public static void send(StreamBridge streamBridge, String binding, Object event, Supplier<String> refusal) {
    HANDED_OVER.remove();
    boolean accepted;
    try {
      accepted = streamBridge.send(binding,
          MessageBuilder.withPayload(event).setHeader(KafkaIntegrationHeaders.FUTURE_TOKEN, TOKEN).build());
    } catch (RuntimeException e) {
      throw new IllegalStateException(refusal.get() + ": " + e.getMessage(), e);
    }
    CompletableFuture<?> sent = HANDED_OVER.get();
    HANDED_OVER.remove();
    if (!accepted) {
      throw new IllegalStateException(refusal.get());
    }
    if (sent == null) {
      throw new IllegalStateException(refusal.get() + ": binding " + binding
          + " gave no confirmation (its producer handler has no futures channel; see ConfirmedSends)");
    }
    Pending pending = new Pending(sent, refusal);
    List<Pending> together = TOGETHER.get();
    if (together != null) {
      together.add(pending);
    } else {
      await(List.of(pending));
    }
  }

  /**
   * Runs the publishing, whose sends are confirmed together at its end: returns once every one of
   * them was, and throws with the first refusal (after all of them ended) otherwise. Nested calls
   * join the outer one.
   */
  public static void together(Runnable publishing) {
    if (TOGETHER.get() != null) {
      publishing.run();
      return;
    }
    List<Pending> sends = new ArrayList<>();
    TOGETHER.set(sends);
    try {
      publishing.run();
    } finally {
      TOGETHER.remove();
    }
    await(sends);
  }

  /** The futures channel of the Kafka producer handlers: it takes each send's future for its sender. */
  public static MessageChannel futures() {
    return FUTURES;
  }

  private static void await(List<Pending> sends) {
    IllegalStateException refused = null;
    for (Pending pending : sends) {
      try {
        pending.sent().get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(pending.refusal().get() + ": interrupted waiting for the broker", e);
      } catch (ExecutionException | TimeoutException e) {
        if (refused == null) {
          Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
          refused = new IllegalStateException(pending.refusal().get() + ": " + cause.getMessage(), cause);
        }
      }
    }
    if (refused != null) {
      throw refused;
    }
  }
}
