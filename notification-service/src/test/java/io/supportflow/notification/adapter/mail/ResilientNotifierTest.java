package io.supportflow.notification.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP that is away: retried with back-off until it is back, and a breaker once it stays away. */
class ResilientNotifierTest {

  private static final OutgoingMail BREACH = OutgoingMail.onCase("acme", "case-1", NotificationKind.SLA_BREACH,
      "clock-3", "support-team@acme-support.example", "[ACME-000042] SLA breached: FIRST_RESPONSE (P1)",
      OutgoingMail.fields("caseNumber", "ACME-000042", "priority", "P1", "clock", "FIRST_RESPONSE",
          "deadline", "Tuesday 24 November 2026, 10:30 CET"));
  private static final MailTemplates TEMPLATES = new MailTemplates(null, Duration.ofMinutes(1));

  private final int port = freePort();
  private final AtomicReference<GreenMail> server = new AtomicReference<>();
  private final SmtpConnections connections = new SmtpConnections(sender(), Duration.ofSeconds(30), Clock.systemUTC());

  @AfterEach
  void stopServer() {
    connections.close();
    if (server.get() != null) {
      server.get().stop();
    }
  }

  @Test
  void aMailServerStoppedMidRunIsRetriedUntilItIsBackAndTheMailArrivesOnce() throws Exception {
    startServer();
    SmtpNotifier smtp = new SmtpNotifier(connections, TEMPLATES, "support@acme-support.example");
    smtp.send(OutgoingMail.onCase("acme", "case-1", NotificationKind.SLA_WARNING, "clock-2",
        "support-team@acme-support.example", "[ACME-000042] SLA warning: FIRST_RESPONSE (P1)", BREACH.fields()));
    server.get().stop();
    Retry retry = retry(3);
    retry.getEventPublisher().onRetry(e -> startServer()); // the server comes back after the first failure

    new ResilientNotifier(smtp, retry, breaker()).send(BREACH);

    assertThat(server.get().getReceivedMessages()).singleElement()
        .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<case-1.SLA_BREACH.clock-3@supportflow>"));
    assertThat(retry.getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isEqualTo(1);
  }

  @Test
  void aMailServerThatStaysAwayFailsAfterTheRetriesAndThenTheBreakerFailsFast() {
    CircuitBreaker breaker = breaker();
    ResilientNotifier notifier = new ResilientNotifier(
        new SmtpNotifier(connections, TEMPLATES, "support@acme-support.example"), retry(2), breaker);

    assertThatThrownBy(() -> notifier.send(BREACH)).isInstanceOf(MailSendException.class);
    assertThatThrownBy(() -> notifier.send(BREACH)).isInstanceOf(MailSendException.class);

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> notifier.send(BREACH)).isInstanceOf(CallNotPermittedException.class);
  }

  private void startServer() {
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    server.set(greenMail);
  }

  private JavaMailSenderImpl sender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return sender;
  }

  private static Retry retry(int attempts) {
    return Retry.of("smtp", RetryConfig.custom().maxAttempts(attempts).waitDuration(Duration.ofMillis(50))
        .ignoreExceptions(CallNotPermittedException.class).build());
  }

  private static CircuitBreaker breaker() {
    return CircuitBreaker.of("smtp", CircuitBreakerConfig.custom()
        .minimumNumberOfCalls(4).slidingWindowSize(4).failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofMinutes(1)).build());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
