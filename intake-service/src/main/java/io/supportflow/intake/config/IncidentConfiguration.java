package io.supportflow.intake.config;

import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.adapter.messaging.KafkaIncidentPublisher;
import io.supportflow.intake.adapter.persistence.MongoCaseFiles;
import io.supportflow.intake.adapter.persistence.MongoIncidentCases;
import io.supportflow.intake.adapter.persistence.MongoIncidentClaims;
import io.supportflow.intake.adapter.persistence.MongoIncidentRules;
import io.supportflow.intake.adapter.persistence.MongoIncidents;
import io.supportflow.intake.application.AnnouncePending;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.incidents.AlertIncidents;
import io.supportflow.intake.application.incidents.MajorIncidents;
import io.supportflow.intake.application.incidents.ProductSurges;
import io.supportflow.intake.application.incidents.RememberedIncidentRules;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Wires major incidents: their store (incidents, with the notices pending announcement), the claims
 * (a case, an alert, a product in one open incident), the rules, the publisher on intake.incidents,
 * and the two relays that finish what a failure left: notices not yet announced, linked cases of a
 * resolved incident not yet resolved.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  MongoIncidents.class,
  MongoIncidentCases.class,
  KafkaIncidentPublisher.class,
  AlertIncidents.class,
  ProductSurges.class
})
class IncidentConfiguration {

  /** How soon a rule saved on another instance applies here (docs/operations.md, the API reference). */

  // Asked on every decided case and alert: remembered for seconds, not read each time.
  @Bean
  RememberedIncidentRules incidentRules(MongoDatabase intakeDatabase, Clock clock) {
    return new RememberedIncidentRules(new MongoIncidentRules(intakeDatabase), IntakeConfiguration.REMEMBERED_FOR, clock);
  }

  @Bean
  MajorIncidents majorIncidents(MongoIncidents incidentStore, MongoDatabase intakeDatabase, MongoCaseFiles caseFiles,
      MongoIncidentCases incidentCases, KafkaIncidentPublisher incidentPublisher, RecordActivity recordActivity,
      Clock clock) {
    return new MajorIncidents(incidentStore, new MongoIncidentClaims(intakeDatabase), caseFiles, incidentCases,
        incidentPublisher, recordActivity, clock);
  }

  @Bean
  SchedulingConfigurer pendingIncidentRelay(MongoIncidents incidentStore, KafkaIncidentPublisher incidentPublisher,
      Clock clock, IntakeSettings settings) {
    return IntakeConfiguration.pendingRelay("incident notice(s)", AnnouncePending.incidentNotices(incidentStore,
        incidentPublisher, clock, settings.relayGrace())::announceDue, settings);
  }

  @Bean
  SchedulingConfigurer incidentResolutionRelay(MajorIncidents majorIncidents, IntakeSettings settings) {
    return IntakeConfiguration.pendingRelay("resolution(s) of linked cases",
        limit -> majorIncidents.resolveDue(limit, settings.relayGrace()), settings);
  }
}
