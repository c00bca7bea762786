package io.supportflow.escalation.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.adapter.messaging.KafkaEscalationEvents;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.escalation.adapter.messaging.WalkEscalationsFlow;
import io.supportflow.escalation.adapter.persistence.MongoEscalatedCases;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.application.WalkEscalations;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.messaging.PartitionedFlow;
import io.supportflow.timeline.timers.DurableCaseTimers;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Wires the plain classes of escalation-service together. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationSettings.class)
class EscalationConfiguration {

  /** The kind of escalation-service's timers in the durable scheduler. */
  static final String TIMER_KIND = "ESCALATION";

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase escalationDatabase(MongoClient client, EscalationSettings settings) {
    return client.getDatabase(settings.mongodb().database());
  }

  /** Fires case timers from memory; Mongo keeps them across crashes and rebalances. */
  @Bean(initMethod = "start", destroyMethod = "close")
  TimerScheduler timerScheduler(MongoDatabase escalationDatabase, Clock clock, EscalationSettings settings,
      ObjectProvider<CaseReplays<EscalationTerms, EscalationReport>> walks) {
    return DurableCaseTimers.scheduler(escalationDatabase, DurableCaseTimers.FIRED_RETENTION, clock,
        settings.escalation().timerLookahead(), (caseId, dueAt) -> walks.getObject().wokenAt(caseId, dueAt));
  }

  /** Timers follow the partitions Kafka assigns to this instance. */
  @Bean
  TimersFollowPartitions timersFollowPartitions(TimerScheduler timerScheduler) {
    return new TimersFollowPartitions(timerScheduler);
  }

  @Bean
  CaseReplays<EscalationTerms, EscalationReport> walkEscalations(MongoDatabase escalationDatabase,
      StreamBridge streamBridge, TimerScheduler timerScheduler, Clock clock) {
    return new CaseReplays<>(MongoEscalatedCases.in(escalationDatabase),
        new WalkEscalations(new KafkaEscalationEvents(streamBridge)), new DurableCaseTimers(timerScheduler, TIMER_KIND),
        clock);
  }

  @Bean
  PartitionedFlow walkEscalationsFlow(CaseReplays<EscalationTerms, EscalationReport> walkEscalations,
      EscalationSettings settings) {
    return WalkEscalationsFlow.of(walkEscalations,
        MatrixChoice.carrierGradeFor(Set.copyOf(settings.escalation().defaultMatrixIds())));
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.walkEscalationsFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
