package io.supportflow.escalation.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.escalation.adapter.messaging.WatchEntitledCaseFlow;
import io.supportflow.escalation.adapter.persistence.MongoWatchedCases;
import io.supportflow.escalation.application.WatchEntitledCase;
import io.supportflow.escalation.domain.WatchPolicy;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
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

  @Bean
  WatchEntitledCase watchEntitledCase(MongoDatabase escalationDatabase, Clock clock) {
    return new WatchEntitledCase(new MongoWatchedCases(escalationDatabase), new WatchPolicy(), clock);
  }

  @Bean
  WatchEntitledCaseFlow watchEntitledCaseFlow(WatchEntitledCase watchEntitledCase) {
    return new WatchEntitledCaseFlow(watchEntitledCase);
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.watchEntitledCaseFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
