package io.supportflow.escalation.config;

import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.adapter.messaging.KafkaEscalationEvents;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.escalation.adapter.messaging.WalkEscalationsFlow;
import io.supportflow.escalation.adapter.persistence.MongoEscalatedCases;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.application.WalkEscalations;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.timeline.CaseContext;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.config.TimedConsumerConfiguration;
import io.supportflow.timeline.messaging.ReplayedPolls;
import io.supportflow.timeline.timers.DurableCaseTimers;
import io.supportflow.web.ApiDocument;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Wires the plain classes of escalation-service together, on the kit's shared wiring (clock, database, timers). */
@Configuration(proxyBeanMethods = false)
@Import(TimedConsumerConfiguration.class)
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {

  @Bean
  OpenAPI escalationApi() {
    return ApiDocument.keyProtected("SupportFlow Escalation API",
        "The manager escalation walk of a case: levels reached and levels ahead.");
  }

  @Bean
  CaseReplays<EscalationTerms, EscalationReport> walkEscalations(MongoDatabase database, StreamBridge streamBridge,
      DurableCaseTimers caseTimers, Clock clock, CaseContext caseContext) {
    return new CaseReplays<>(MongoEscalatedCases.in(database), new WalkEscalations(new KafkaEscalationEvents(streamBridge)),
        caseTimers, clock, caseContext, ConfirmedSends::together);
  }

  /** A due timer replays its case. */
  @Bean
  DurableCaseTimers.WakeUp wakeUp(CaseReplays<EscalationTerms, EscalationReport> walkEscalations) {
    return walkEscalations::wokenAt;
  }

  /** Terms without levels of their own that name a default matrix id get the carrier-grade preset's matrix. */
  @Bean
  ReplayedPolls<EscalationTerms> walkEscalationsFlow(CaseReplays<EscalationTerms, EscalationReport> walkEscalations,
      EscalationSettings settings) {
    return WalkEscalationsFlow.of(walkEscalations, MatrixChoice.carrierGradeFor(settings.matrixIds()));
  }
}
