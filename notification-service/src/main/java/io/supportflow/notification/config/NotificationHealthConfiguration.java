package io.supportflow.notification.config;

import io.supportflow.notification.adapter.mail.ResilientNotifier;
import io.supportflow.notification.adapter.mail.SmtpCircuitHealthIndicator;
import io.supportflow.notification.application.Notifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mail server's part of the health: component {@code smtp}, in readiness as well. */
@Configuration(proxyBeanMethods = false)
class NotificationHealthConfiguration {

  @Bean
  HealthIndicator smtpHealthIndicator(Notifier notifier) {
    return notifier instanceof ResilientNotifier resilient
        ? new SmtpCircuitHealthIndicator(resilient)
        : () -> Health.unknown().withDetail("circuit", "none").build();
  }
}
