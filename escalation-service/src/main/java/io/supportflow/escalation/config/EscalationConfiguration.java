package io.supportflow.escalation.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.adapter.messaging.DurableEscalationTimers;
import io.supportflow.escalation.adapter.messaging.KafkaEscalationEvents;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.escalation.adapter.messaging.WalkEscalationsFlow;
import io.supportflow.escalation.adapter.persistence.MongoEscalatedCases;
import io.supportflow.escalation.application.WalkEscalations;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Wires the plain classes of escalation-service together. */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase escalationDatabase(
      MongoClient client, @Value("${supportflow.mongodb.database:escalation}") String name) {
    return client.getDatabase(name);
  }

  /** Fires case timers from memory; Mongo keeps them across crashes and rebalances. */
  @Bean(initMethod = "start", destroyMethod = "close")
  TimerScheduler timerScheduler(MongoDatabase escalationDatabase, Clock clock,
      ObjectProvider<WalkEscalations> walkEscalations,
      @Value("${supportflow.escalation.timer-lookahead:PT5M}") Duration lookahead) {
    return new TimerScheduler(new MongoTimerStore(escalationDatabase, Duration.ofDays(30)),
        timer -> {
          walkEscalations.getObject().wokenAt(timer.caseId(), timer.dueAt());
          return timer.timerId();
        },
        clock, lookahead);
  }

  @Bean
  DurableEscalationTimers escalationTimers(TimerScheduler timerScheduler) {
    return new DurableEscalationTimers(timerScheduler);
  }

  /** Timers follow the partitions Kafka assigns to this instance. */
  @Bean
  TimersFollowPartitions timersFollowPartitions(TimerScheduler timerScheduler) {
    return new TimersFollowPartitions(timerScheduler);
  }

  @Bean
  WalkEscalations walkEscalations(MongoDatabase escalationDatabase, StreamBridge streamBridge,
      DurableEscalationTimers escalationTimers, Clock clock) {
    return new WalkEscalations(new MongoEscalatedCases(escalationDatabase),
        new KafkaEscalationEvents(streamBridge), escalationTimers, clock);
  }

  @Bean
  WalkEscalationsFlow walkEscalationsFlow(WalkEscalations walkEscalations,
      @Value("${supportflow.escalation.default-matrix-ids:carrier-grade}") List<String> defaultMatrixIds) {
    return new WalkEscalationsFlow(walkEscalations, new MatrixChoice(
        defaultMatrixIds.stream().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet())));
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
