package io.supportflow.sla.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.sla.adapter.messaging.StartFirstResponseClockFlow;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.sla.adapter.persistence.MongoClockStore;
import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.application.StartFirstResponseClock;
import io.supportflow.sla.domain.WarningShare;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Wires the plain classes of sla-service together. */
@Configuration(proxyBeanMethods = false)
class SlaConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase slaDatabase(
      MongoClient client, @Value("${supportflow.mongodb.database:sla}") String name) {
    return client.getDatabase(name);
  }

  @Bean
  PreviewClocks previewClocks() {
    return new PreviewClocks();
  }

  @Bean
  MongoClockStore clockStore(MongoDatabase slaDatabase) {
    return new MongoClockStore(slaDatabase);
  }

  @Bean
  StartFirstResponseClock startFirstResponseClock(
      MongoClockStore clockStore,
      @Value("${supportflow.sla.warning-share:0.75}") double warningShare,
      Clock clock) {
    return new StartFirstResponseClock(clockStore, new WarningShare(warningShare), clock);
  }

  @Bean
  StartFirstResponseClockFlow startFirstResponseClockFlow(StartFirstResponseClock startFirstResponseClock) {
    return new StartFirstResponseClockFlow(startFirstResponseClock);
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.startFirstResponseClockFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
