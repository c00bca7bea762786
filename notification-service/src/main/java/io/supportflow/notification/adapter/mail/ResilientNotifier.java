package io.supportflow.notification.adapter.mail;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.supportflow.notification.application.Notifier;
import io.supportflow.notification.domain.OutgoingMail;

/**
 * Retries a send with back-off while the mail server is away, behind a circuit breaker so a
 * server that is down fails fast instead of holding every partition for the whole back-off.
 */
public record ResilientNotifier(Notifier delegate, Retry retry, CircuitBreaker breaker) implements Notifier {

  @Override
  public void send(OutgoingMail mail) {
    Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, () -> delegate.send(mail))).run();
  }

  /** The breaker's state, for the health check: OPEN means the mail server failed too often just now. */
  public CircuitBreaker.State circuitState() {
    return breaker.getState();
  }
}
