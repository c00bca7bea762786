package io.supportflow.timeline.config;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * supportflow.consumer of a service on the kit, bound from its application.yml, which holds the
 * values and defaults (and the environment variables that change them).
 *
 * @param timerKind the kind of the service's durable timers (SLA, ESCALATION, STATUS_MAIL)
 * @param timerLookahead how far ahead timers are held in memory; MongoDB is read again at half of it
 */
@ConfigurationProperties("supportflow.consumer")
public record ConsumerSettings(String timerKind, Duration timerLookahead) {

  public ConsumerSettings {
    Objects.requireNonNull(timerKind, "supportflow.consumer.timer-kind is not set");
    Objects.requireNonNull(timerLookahead, "supportflow.consumer.timer-lookahead is not set");
  }
}
