package io.supportflow.sla.config;

import com.mongodb.client.MongoDatabase;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.presets.PlanTermsReader;
import io.supportflow.presets.PublicHolidayCalendar;
import io.supportflow.sla.adapter.messaging.KafkaSlaEvents;
import io.supportflow.sla.adapter.messaging.TrackCaseClocksFlow;
import io.supportflow.sla.adapter.persistence.MongoTrackedCases;
import io.supportflow.sla.adapter.web.PreviewTerms;
import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.application.SlaCompliance;
import io.supportflow.sla.application.TrackCaseClocks;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.WarningShare;
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

/** Wires the plain classes of sla-service together, on the kit's shared wiring (clock, database, timers). */
@Configuration(proxyBeanMethods = false)
@Import(TimedConsumerConfiguration.class)
@EnableConfigurationProperties(SlaSettings.class)
class SlaConfiguration {

  @Bean
  OpenAPI slaApi() {
    return ApiDocument.keyProtected("SupportFlow SLA API",
        "Reaction clocks on business calendars: the what-if preview and the live clocks of a case.");
  }

  @Bean
  MongoTrackedCases trackedCases(MongoDatabase database) {
    return new MongoTrackedCases(database);
  }

  @Bean
  CaseReplays<SlaTerms, SlaEvaluation> trackCaseClocks(MongoTrackedCases trackedCases, StreamBridge streamBridge,
      DurableCaseTimers caseTimers, Clock clock, CaseContext caseContext) {
    KafkaSlaEvents events = new KafkaSlaEvents(streamBridge);
    return new CaseReplays<>(trackedCases.timelines(), new TrackCaseClocks(events, events), caseTimers, clock,
        caseContext, ConfirmedSends::together);
  }

  /** A due timer replays its case. */
  @Bean
  DurableCaseTimers.WakeUp wakeUp(CaseReplays<SlaTerms, SlaEvaluation> trackCaseClocks) {
    return trackCaseClocks::wokenAt;
  }

  @Bean
  ReplayedPolls<SlaTerms> trackCaseClocksFlow(CaseReplays<SlaTerms, SlaEvaluation> trackCaseClocks, SlaSettings settings) {
    return TrackCaseClocksFlow.of(trackCaseClocks, new WarningShare(settings.warningShare()));
  }

  @Bean
  SlaCompliance slaCompliance(MongoTrackedCases trackedCases, Clock clock) {
    return new SlaCompliance(trackedCases, clock);
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
}
