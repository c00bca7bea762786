package io.supportflow.sla.config;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supportflow.* settings of sla-service, bound from application.yml, which holds their
 * defaults (and the environment variables that change them): defaults in one place.
 */
@ConfigurationProperties("supportflow")
record SlaSettings(Mongodb mongodb, Sla sla) {

  SlaSettings {
    Objects.requireNonNull(mongodb, "supportflow.mongodb is not set");
    Objects.requireNonNull(sla, "supportflow.sla is not set");
  }

  /** @param database the database of tracked cases and timers */
  record Mongodb(String database) {
    Mongodb {
      Objects.requireNonNull(database, "supportflow.mongodb.database is not set");
    }
  }

  /**
   * @param warningShare share of a reaction window after which the warning fires
   * @param timerLookahead how far ahead timers are held in memory
   */
  record Sla(Double warningShare, Duration timerLookahead) {
    Sla {
      Objects.requireNonNull(warningShare, "supportflow.sla.warning-share is not set");
      Objects.requireNonNull(timerLookahead, "supportflow.sla.timer-lookahead is not set");
    }
  }
}
