package io.supportflow.timeline.config;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * supportflow.mongodb of a service on the kit, bound from its application.yml, which holds the
 * default (and the environment variable that changes it).
 *
 * @param database the service's database: its cases, its timers
 */
@ConfigurationProperties("supportflow.mongodb")
public record MongodbSettings(String database) {

  public MongodbSettings {
    Objects.requireNonNull(database, "supportflow.mongodb.database is not set");
  }
}
