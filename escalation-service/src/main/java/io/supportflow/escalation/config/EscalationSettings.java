package io.supportflow.escalation.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supportflow.* settings of escalation-service, bound from application.yml, which holds their
 * defaults (and the environment variables that change them): defaults in one place.
 */
@ConfigurationProperties("supportflow")
record EscalationSettings(Mongodb mongodb, Escalation escalation) {

  EscalationSettings {
    Objects.requireNonNull(mongodb, "supportflow.mongodb is not set");
    Objects.requireNonNull(escalation, "supportflow.escalation is not set");
  }

  /** @param database the database of escalated cases and timers */
  record Mongodb(String database) {
    Mongodb {
      Objects.requireNonNull(database, "supportflow.mongodb.database is not set");
    }
  }

  /**
   * @param defaultMatrixIds terms naming one of these matrix ids, but carrying no levels, get the
   *     carrier-grade matrix; "*" for all terms
   * @param timerLookahead how far ahead timers are held in memory
   */
  record Escalation(List<String> defaultMatrixIds, Duration timerLookahead) {
    Escalation {
      defaultMatrixIds = defaultMatrixIds == null ? List.of() : defaultMatrixIds.stream()
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      Objects.requireNonNull(timerLookahead, "supportflow.escalation.timer-lookahead is not set");
    }
  }
}
