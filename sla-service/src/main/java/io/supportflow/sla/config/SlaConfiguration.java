package io.supportflow.sla.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.presets.PlanTermsReader;
import io.supportflow.presets.PublicHolidayCalendar;
import io.supportflow.schemas.registry.UnreadableRecords;
import io.supportflow.sla.adapter.messaging.KafkaClockEvents;
import io.supportflow.sla.adapter.messaging.KafkaDowntimeEvents;
import io.supportflow.sla.adapter.messaging.TrackCaseClocksFlow;
import io.supportflow.sla.adapter.persistence.MongoTrackedCases;
import io.supportflow.sla.adapter.web.PreviewTerms;
import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.application.SlaCompliance;
import io.supportflow.sla.application.TrackCaseClocks;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.messaging.PartitionedFlow;
import io.supportflow.timeline.timers.DurableCaseTimers;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.kafka.TimersFollowPartitions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

/** Wires the plain classes of sla-service together. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaSettings.class)
class SlaConfiguration {

  /** The kind of sla-service's timers in the durable scheduler. */
  static final String TIMER_KIND = "SLA";

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase slaDatabase(MongoClient client, SlaSettings settings) {
    return client.getDatabase(settings.mongodb().database());
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
  TimerScheduler timerScheduler(MongoDatabase slaDatabase, Clock clock, SlaSettings settings,
      ObjectProvider<CaseReplays<SlaTerms, SlaEvaluation>> clocks) {
    return DurableCaseTimers.scheduler(slaDatabase, DurableCaseTimers.FIRED_RETENTION, clock,
        settings.sla().timerLookahead(), (caseId, dueAt) -> clocks.getObject().wokenAt(caseId, dueAt));
  }

  /** Timers follow the partitions Kafka assigns to this instance. */
  @Bean
  TimersFollowPartitions timersFollowPartitions(TimerScheduler timerScheduler) {
    return new TimersFollowPartitions(timerScheduler);
  }

  @Bean
  MongoTrackedCases trackedCases(MongoDatabase slaDatabase) {
    return new MongoTrackedCases(slaDatabase);
  }

  @Bean
  CaseReplays<SlaTerms, SlaEvaluation> trackCaseClocks(MongoTrackedCases trackedCases, StreamBridge streamBridge,
      TimerScheduler timerScheduler, Clock clock) {
    return new CaseReplays<>(trackedCases.timelines(),
        new TrackCaseClocks(new KafkaClockEvents(streamBridge), new KafkaDowntimeEvents(streamBridge)),
        new DurableCaseTimers(timerScheduler, TIMER_KIND), clock);
  }

  @Bean
  SlaCompliance slaCompliance(MongoTrackedCases trackedCases, Clock clock) {
    return new SlaCompliance(trackedCases, clock);
  }

  @Bean
  PartitionedFlow trackCaseClocksFlow(CaseReplays<SlaTerms, SlaEvaluation> trackCaseClocks, SlaSettings settings) {
    return TrackCaseClocksFlow.of(trackCaseClocks, new WarningShare(settings.sla().warningShare()));
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
