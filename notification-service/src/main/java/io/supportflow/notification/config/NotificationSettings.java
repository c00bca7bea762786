package io.supportflow.notification.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * supportflow.mail and supportflow.notification, bound from application.yml, which holds their
 * defaults (and the environment variables that change them): defaults in one place.
 * supportflow.mongodb and supportflow.consumer are the kit's (MongodbSettings, ConsumerSettings).
 */
@ConfigurationProperties("supportflow")
record NotificationSettings(Mail mail, Notification notification) {

  NotificationSettings {
    Objects.requireNonNull(mail, "supportflow.mail is not set");
    Objects.requireNonNull(notification, "supportflow.notification is not set");
  }

  /**
   * @param from the sender of every mail
   * @param connectionIdleTimeout an SMTP connection unused this long is closed
   * @param supportTeam where SLA alerts go when the tenant's roster names no support team
   */
  record Mail(String from, Duration connectionIdleTimeout, String supportTeam, Retry retry,
      CircuitBreaker circuitBreaker, Redelivery redelivery) {
    Mail {
      Objects.requireNonNull(from, "supportflow.mail.from is not set");
      Objects.requireNonNull(connectionIdleTimeout, "supportflow.mail.connection-idle-timeout is not set");
      Objects.requireNonNull(supportTeam, "supportflow.mail.support-team is not set");
      Objects.requireNonNull(retry, "supportflow.mail.retry is not set");
      Objects.requireNonNull(circuitBreaker, "supportflow.mail.circuit-breaker is not set");
      Objects.requireNonNull(redelivery, "supportflow.mail.redelivery is not set");
    }
  }

  /** Around every SMTP send. */
  record Retry(int maxAttempts, Duration initialBackoff) {
    Retry {
      Objects.requireNonNull(initialBackoff, "supportflow.mail.retry.initial-backoff is not set");
    }
  }

  /**
   * Mails the server did not take wait in the outbox and are tried again after firstWait, doubling
   * to longestWait, given up giveUpAfter their creation; the outbox is looked at every {@code every},
   * {@code batch} mails at a time.
   */
  record Redelivery(Duration firstWait, Duration longestWait, Duration giveUpAfter, Duration every, int batch) {
    Redelivery {
      Objects.requireNonNull(firstWait, "supportflow.mail.redelivery.first-wait is not set");
      Objects.requireNonNull(longestWait, "supportflow.mail.redelivery.longest-wait is not set");
      Objects.requireNonNull(giveUpAfter, "supportflow.mail.redelivery.give-up-after is not set");
      Objects.requireNonNull(every, "supportflow.mail.redelivery.every is not set");
    }
  }

  record CircuitBreaker(float failureRateThreshold, int minimumCalls, Duration waitInOpenState) {
    CircuitBreaker {
      Objects.requireNonNull(waitInOpenState, "supportflow.mail.circuit-breaker.wait-in-open-state is not set");
    }
  }

  record Notification(Templates templates, DefaultStatusCadence defaultStatusCadence) {
    Notification {
      Objects.requireNonNull(templates, "supportflow.notification.templates is not set");
      Objects.requireNonNull(defaultStatusCadence, "supportflow.notification.default-status-cadence is not set");
    }
  }

  /** @param directory per-tenant template overrides; empty for the built-in templates only */
  record Templates(String directory, Duration reloadAfter) {
    Templates {
      directory = directory == null ? "" : directory.strip();
      Objects.requireNonNull(reloadAfter, "supportflow.notification.templates.reload-after is not set");
    }
  }

  /** Status mails for priorities whose terms name no update cadence. */
  record DefaultStatusCadence(List<String> priorities, Duration every) {
    DefaultStatusCadence {
      priorities = priorities == null ? List.of()
          : priorities.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
      Objects.requireNonNull(every, "supportflow.notification.default-status-cadence.every is not set");
    }
  }
}
