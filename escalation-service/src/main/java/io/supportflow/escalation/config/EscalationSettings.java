package io.supportflow.escalation.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * supportflow.escalation, bound from application.yml, which holds the defaults (and the
 * environment variables that change them): defaults in one place. supportflow.mongodb and
 * supportflow.consumer are the kit's (MongodbSettings, ConsumerSettings).
 *
 * @param defaultMatrixIds terms naming one of these matrix ids, but carrying no levels, get the
 *     carrier-grade matrix; "*" for all terms
 */
@ConfigurationProperties("supportflow.escalation")
record EscalationSettings(List<String> defaultMatrixIds) {

  EscalationSettings {
    defaultMatrixIds = defaultMatrixIds == null ? List.of() : List.copyOf(defaultMatrixIds);
  }

  /** The ids as a set, blanks and spaces around the commas dropped. */
  Set<String> matrixIds() {
    return defaultMatrixIds.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
