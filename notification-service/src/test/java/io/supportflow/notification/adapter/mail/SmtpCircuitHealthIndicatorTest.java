package io.supportflow.notification.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.MailSendException;

/** SMTP health follows the breaker: a mail server that keeps failing turns it DOWN. */
class SmtpCircuitHealthIndicatorTest {

  private static final OutgoingMail MAIL = OutgoingMail.onCase("acme", "case-1", NotificationKind.SLA_BREACH,
      "clock-3", "support-team@acme-support.example", "[ACME-000042] SLA breached",
      OutgoingMail.fields("caseNumber", "ACME-000042"));

  @Test
  void upWhileTheBreakerIsClosedAndDownOnceFailuresOpenIt() {
    CircuitBreaker breaker = CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
        .minimumNumberOfCalls(2).slidingWindowSize(2).failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofMinutes(5)).build());
    ResilientNotifier notifier = new ResilientNotifier(
        mail -> { throw new MailSendException("connection refused"); }, Retry.ofDefaults("none"), breaker);
    SmtpCircuitHealthIndicator health = new SmtpCircuitHealthIndicator(notifier);

    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> notifier.send(MAIL)).isInstanceOf(RuntimeException.class);
    }

    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.health().getDetails()).containsEntry("circuit", "OPEN");
  }
}
