package io.supportflow.sla.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.presets.PlanTermsReader;
import io.supportflow.presets.PublicHolidayCalendar;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.sla.adapter.messaging.DurableClockTimers;
import io.supportflow.sla.adapter.messaging.KafkaClockEvents;
import io.supportflow.sla.adapter.messaging.KafkaDowntimeEvents;
import io.supportflow.sla.adapter.messaging.TrackCaseClocksFlow;
import io.supportflow.sla.adapter.persistence.MongoTrackedCases;
import io.supportflow.sla.adapter.web.PreviewTerms;
import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.application.SlaCompliance;
import io.supportflow.sla.application.TrackCaseClocks;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
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

  /** Presets and policy documents for the preview, read as contracts-service reads them. */
  @Bean
  PreviewTerms previewTerms() {
    return new PreviewTerms(new PlanTermsReader(), new PublicHolidayCalendar());
  }

  /** Fires case timers from memory; Mongo keeps them across crashes and rebalances. */
  @Bean(initMethod = "start", destroyMethod = "close")
  TimerScheduler timerScheduler(MongoDatabase slaDatabase, Clock clock,
      ObjectProvider<TrackCaseClocks> trackCaseClocks,
      @Value("${supportflow.sla.timer-lookahead:PT5M}") Duration lookahead) {
    return new TimerScheduler(new MongoTimerStore(slaDatabase, Duration.ofDays(30)),
        timer -> {
          trackCaseClocks.getObject().wokenAt(timer.caseId(), timer.dueAt());
          return timer.timerId();
        },
        clock, lookahead);
  }

  @Bean
  DurableClockTimers clockTimers(TimerScheduler timerScheduler) {
    return new DurableClockTimers(timerScheduler);
  }

  /** Timers follow the partitions Kafka assigns to this instance. */
  @Bean
  TimersFollowPartitions timersFollowPartitions(TimerScheduler timerScheduler) {
    return new TimersFollowPartitions(timerScheduler);
  }

  @Bean
  TrackCaseClocks trackCaseClocks(MongoDatabase slaDatabase, StreamBridge streamBridge,
      DurableClockTimers clockTimers, Clock clock) {
    return new TrackCaseClocks(new MongoTrackedCases(slaDatabase), new KafkaClockEvents(streamBridge),
        new KafkaDowntimeEvents(streamBridge), clockTimers, clock);
  }

  @Bean
  SlaCompliance slaCompliance(MongoDatabase slaDatabase, Clock clock) {
    return new SlaCompliance(new MongoTrackedCases(slaDatabase), clock);
  }

  @Bean
  TrackCaseClocksFlow trackCaseClocksFlow(TrackCaseClocks trackCaseClocks,
      @Value("${supportflow.sla.warning-share:0.75}") double warningShare) {
    return new TrackCaseClocksFlow(trackCaseClocks, new WarningShare(warningShare));
  }

  /** Named by the binding's common-error-handler-bean-name: unreadable records to the DLQ. */
  @Bean
  CommonErrorHandler unreadableRecordHandler(
      @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
      @Value("${spring.cloud.stream.kafka.bindings.trackCaseClocksFlow-in-0.consumer.dlq-name}")
          String dlq) {
    return UnreadableRecords.deadLetterHandler(brokers, dlq);
  }
}
