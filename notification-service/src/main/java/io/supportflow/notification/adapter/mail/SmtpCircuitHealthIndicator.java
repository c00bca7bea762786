package io.supportflow.notification.adapter.mail;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** SMTP is down while the breaker is open: mails wait in the outbox until it closes again. */
public record SmtpCircuitHealthIndicator(ResilientNotifier notifier) implements HealthIndicator {

  @Override
  public Health health() {
    CircuitBreaker.State state = notifier.circuitState();
    Health.Builder builder = state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN
        ? Health.down() : Health.up();
    return builder.withDetail("circuit", state.name()).build();
  }
}
