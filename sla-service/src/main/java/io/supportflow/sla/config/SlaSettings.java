package io.supportflow.sla.config;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * supportflow.sla, bound from application.yml, which holds the defaults (and the environment
 * variables that change them): defaults in one place. supportflow.mongodb and
 * supportflow.consumer are the kit's (MongodbSettings, ConsumerSettings).
 *
 * @param warningShare share of a reaction window after which the warning fires
 */
@ConfigurationProperties("supportflow.sla")
record SlaSettings(Double warningShare) {

  SlaSettings {
    Objects.requireNonNull(warningShare, "supportflow.sla.warning-share is not set");
  }
}
