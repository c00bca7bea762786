package io.supportflow.intake.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.adapter.messaging.KafkaRequestPublisher;
import io.supportflow.intake.adapter.messaging.PendingCaseRelay;
import io.supportflow.intake.adapter.persistence.MongoCaseNumbers;
import io.supportflow.intake.adapter.persistence.MongoCaseRecords;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.application.AnnouncePendingCases;
import io.supportflow.intake.application.OpenCase;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the plain classes of intake-service together. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntakeConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase intakeDatabase(
      MongoClient client, @Value("${supportflow.mongodb.database:intake}") String name) {
    return client.getDatabase(name);
  }

  @Bean
  MongoTenantDirectory tenantDirectory(MongoDatabase intakeDatabase) {
    return new MongoTenantDirectory(intakeDatabase);
  }

  @Bean
  MongoCaseRecords caseRecords(MongoDatabase intakeDatabase) {
    return new MongoCaseRecords(intakeDatabase);
  }

  @Bean
  KafkaRequestPublisher requestPublisher(StreamBridge streamBridge, Clock clock) {
    return new KafkaRequestPublisher(streamBridge, clock);
  }

  @Bean
  OpenCase openCase(
      MongoTenantDirectory tenantDirectory, MongoDatabase intakeDatabase,
      MongoCaseRecords caseRecords, KafkaRequestPublisher requestPublisher, Clock clock) {
    return new OpenCase(tenantDirectory, new MongoCaseNumbers(intakeDatabase), caseRecords,
        requestPublisher, clock);
  }

  @Bean
  PendingCaseRelay pendingCaseRelay(
      MongoCaseRecords caseRecords, KafkaRequestPublisher requestPublisher, Clock clock,
      @Value("${supportflow.intake.relay-grace:10s}") Duration grace) {
    return new PendingCaseRelay(new AnnouncePendingCases(caseRecords, requestPublisher, clock, grace));
  }
}
