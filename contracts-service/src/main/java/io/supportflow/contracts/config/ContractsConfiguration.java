package io.supportflow.contracts.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.messaging.DecideEntitlementFlow;
import io.supportflow.contracts.adapter.persistence.MongoContractDirectory;
import io.supportflow.contracts.adapter.persistence.MongoDecisionLog;
import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.schemas.registry.UnreadableRecords;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Wires the plain classes of contracts-service together. */
@Configuration(proxyBeanMethods = false)
class ContractsConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase contractsDatabase(
      MongoClient client, @Value("${supportflow.mongodb.database:contracts}") String name) {
    return client.getDatabase(name);
  }

  @Bean
  MongoContractDirectory contractDirectory(MongoDatabase contractsDatabase) {
    return new MongoContractDirectory(contractsDatabase);
  }

  @Bean
  DecideEntitlement decideEntitlement(
      MongoContractDirectory contractDirectory, MongoDatabase contractsDatabase, Clock clock) {
    return new DecideEntitlement(
        contractDirectory, new MongoDecisionLog(contractsDatabase), new EntitlementPolicy(), clock);
  }

  @Bean
  DecideEntitlementFlow decideEntitlementFlow(DecideEntitlement decideEntitlement) {
    return new DecideEntitlementFlow(decideEntitlement);
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.decideEntitlementFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
