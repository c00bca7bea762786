package io.supportflow.console.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.console.adapter.messaging.ProjectCasesFlow;
import io.supportflow.console.adapter.persistence.MongoCaseIncidents;
import io.supportflow.console.adapter.persistence.MongoCaseViews;
import io.supportflow.console.adapter.persistence.PolledCaseChanges;
import io.supportflow.console.application.CaseProjection;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
/** Wires the console's read side: the projection of the case topics, its store and the live changes. */
@Configuration(proxyBeanMethods = false)
@Import({MongoCaseViews.class, CaseProjection.class})
class ConsoleConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase database(MongoClient client, @Value("${supportflow.mongodb.database}") String database) {
    return client.getDatabase(database);
  }

  /** The major incident of each case (intake.incidents), which its page names. */
  @Bean
  MongoCaseIncidents caseIncidents(MongoDatabase database) {
    return new MongoCaseIncidents(database);
  }

  @Bean
  ProjectCasesFlow projectCasesFlow(CaseProjection caseProjection, MongoCaseIncidents caseIncidents) {
    return new ProjectCasesFlow(caseProjection, caseIncidents);
  }

  /** The queue pages' live updates: polled, since the projection may run in another instance. */
  @Bean(destroyMethod = "close")
  PolledCaseChanges caseChanges(MongoCaseViews caseViews, Clock clock,
      @Value("${supportflow.console.changes-poll-interval:PT1S}") Duration interval) {
    return new PolledCaseChanges(caseViews::changedSince, clock, interval);
  }
}
