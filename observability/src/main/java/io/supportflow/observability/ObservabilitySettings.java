package io.supportflow.observability;

import io.supportflow.observability.metrics.MongoBacklogGauges.BacklogSettings;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code supportflow.observability.*}: the backlogs a service measures in its own database.
 *
 * @param database the service's Mongo database (its {@code supportflow.mongodb.database})
 */
@ConfigurationProperties("supportflow.observability")
public record ObservabilitySettings(String database, List<BacklogSettings> backlogs) {

  public ObservabilitySettings {
    backlogs = backlogs == null ? List.of() : List.copyOf(backlogs);
  }
}
