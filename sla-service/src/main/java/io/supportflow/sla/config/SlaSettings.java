package io.supportflow.sla.config;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * supportflow.sla, bound from application.yml, which holds the defaults (and the environment
 * variables that change them): defaults in one place. supportflow.mongodb and
 * supportflow.consumer are the kit's (MongodbSettings, ConsumerSettings).
 *
 * @param warningShare share of a reaction window after which the warning fires
 * @param maxBodySize largest request body: a preview may carry a whole tenant policy document
 */
@ConfigurationProperties("supportflow.sla")
record SlaSettings(Double warningShare, DataSize maxBodySize) {

  SlaSettings {
    Objects.requireNonNull(warningShare, "supportflow.sla.warning-share is not set");
    Objects.requireNonNull(maxBodySize, "supportflow.sla.max-body-size is not set");
  }
}
