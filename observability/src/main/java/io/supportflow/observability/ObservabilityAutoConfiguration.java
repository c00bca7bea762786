package io.supportflow.observability;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.supportflow.observability.health.KafkaBrokerHealthIndicator;
import io.supportflow.observability.health.MongoPingHealthIndicator;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.logging.CaseLogContextFilter;
import io.supportflow.observability.logging.CasePathLogContext;
import io.supportflow.observability.metrics.BusinessEventMeters;
import io.supportflow.observability.metrics.DeferredEventMeters;
import io.supportflow.observability.metrics.MeteredProducers;
import io.supportflow.observability.metrics.MongoBacklogGauges;
import io.supportflow.observability.metrics.TimerFiringMeters;
import io.supportflow.observability.publishing.ConfirmedSends;
import io.supportflow.observability.publishing.DeadLetterHandlers;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.observability.tracing.TracedTimers;
import io.supportflow.timers.TimerScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place every service gets its operational view from: on the classpath of a service, it
 * replaces Boot's Mongo health check by one that works on any wire server and counts the business
 * events the service publishes. An auto-configuration, because Boot's own Mongo indicator backs off
 * only for a bean of this name defined before it.
 */
@AutoConfiguration(
    after = MongoAutoConfiguration.class,
    before = MongoHealthContributorAutoConfiguration.class,
    afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(ObservabilitySettings.class)
public class ObservabilityAutoConfiguration {

  @Bean
  @ConditionalOnBean(MongoClient.class)
  MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
    return new MongoPingHealthIndicator(client, Duration.ofSeconds(3));
  }

  /**
   * Named "kafka" in the health groups: readiness includes it, liveness does not. Asks the cluster
   * the binder talks to, with the binder's client settings (security included).
   */
  @Bean
  @ConditionalOnProperty("spring.cloud.stream.kafka.binder.brokers")
  KafkaBrokerHealthIndicator kafkaHealthIndicator(Environment environment) {
    Map<String, Object> client = new HashMap<>(Binder.get(environment)
        .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of()));
    client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getProperty("spring.cloud.stream.kafka.binder.brokers"));
    return new KafkaBrokerHealthIndicator(client, Duration.ofMillis(2_500), Duration.ofSeconds(5), Clock.systemUTC());
  }

  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  BusinessEventMeters businessEventMeters(MeterRegistry registry) {
    return new BusinessEventMeters(registry);
  }

  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  DeferredEventMeters deferredEventMeters(MeterRegistry registry) {
    return new DeferredEventMeters(registry);
  }

  /** Backlog gauges and timer lateness, once every bean exists (the timer schedulers included). */
  @Bean
  @ConditionalOnBean({MeterRegistry.class, MongoClient.class})
  SmartInitializingSingleton machineryMeters(ObjectProvider<MeterRegistry> registry, ObjectProvider<MongoClient> client,
      ObservabilitySettings settings, ObjectProvider<TimerScheduler> schedulers) {
    return () -> {
      MeterRegistry meters = registry.getObject();
      if (settings.database() != null && !settings.database().isBlank()) {
        MongoDatabase database = client.getObject().getDatabase(settings.database());
        settings.backlogs().forEach(b -> MongoBacklogGauges.register(meters, database, b, Clock.systemUTC()));
      }
      schedulers.orderedStream().forEach(scheduler -> TimerFiringMeters.observe(scheduler, meters));
    };
  }

  /** The case's trace across timers and relays; nothing kept or continued without a tracer. */
  @Bean
  CaseTraces caseTraces(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
      ObjectProvider<ObservationRegistry> observations) {
    Tracer t = tracer.getIfUnique();
    Propagator p = propagator.getIfUnique();
    return t == null || p == null ? CaseTraces.NONE
        : new CaseTraces(t, p, observations.getIfUnique(() -> ObservationRegistry.NOOP));
  }

  /** Every durable timer keeps its case's trace and case number, and fires within them. */
  @Bean
  SmartInitializingSingleton tracedTimers(ObjectProvider<TimerScheduler> schedulers, CaseTraces traces) {
    return () -> schedulers.orderedStream().forEach(s -> s.firingContext(new TracedTimers(traces)));
  }

  @Bean
  CaseLogContext caseLogContext() {
    return new CaseLogContext();
  }

  /** In a servlet service, a request names the case its path addresses and ends the log context it opened. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"jakarta.servlet.Filter", "org.springframework.web.servlet.HandlerInterceptor"})
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class ServletLogContext {

    @Bean
    CaseLogContextFilter caseLogContextFilter() {
      return new CaseLogContextFilter();
    }

    /** A request that addresses a case by its path names it in the log context from the start. */
    @Bean
    WebMvcConfigurer casePathLogContext() {
      return new WebMvcConfigurer() {
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
          registry.addInterceptor(new CasePathLogContext());
        }
      };
    }
  }

  /**
   * The error handler every batch binding names ({@code common-error-handler-bean-name:
   * batchFailureHandler}): the record a poll failed on retried, then dead-lettered alone to the
   * service's {@code supportflow.dead-letter-topic} and counted; unreadable records at once.
   */
  @Bean
  @ConditionalOnProperty("supportflow.dead-letter-topic")
  CommonErrorHandler batchFailureHandler(Environment environment,
      ObjectProvider<ProducerConfigCustomizer> producerCustomizers) {
    return DeadLetterHandlers.forPolls(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
        environment.getRequiredProperty("spring.cloud.stream.kafka.binder.configuration.schema.registry.url"),
        environment.getRequiredProperty("supportflow.dead-letter-topic"), producerCustomizers);
  }

  /**
   * The error handler a record binding names ({@code unreadableRecordHandler}): records that cannot
   * be read, which never reach the binder's own DLQ, dead-lettered at once to the service's {@code
   * supportflow.dead-letter-topic} and counted.
   */
  @Bean
  @ConditionalOnProperty("supportflow.dead-letter-topic")
  CommonErrorHandler unreadableRecordHandler(Environment environment,
      ObjectProvider<ProducerConfigCustomizer> producerCustomizers) {
    return DeadLetterHandlers.forUnreadableRecords(
        environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
        environment.getRequiredProperty("supportflow.dead-letter-topic"), producerCustomizers);
  }

  /**
   * Every Kafka producer handler hands its sends' futures to {@link ConfirmedSends}, which waits
   * for them: the bindings send without waiting, and a poll's sends are confirmed together.
   */
  @Bean
  @ConditionalOnClass(KafkaProducerMessageHandler.class)
  ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> confirmedSends() {
    return (handler, destination) -> handler.setFuturesChannel(ConfirmedSends.futures());
  }

  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  MeteredProducers meteredProducers(BusinessEventMeters meters, MeterRegistry registry) {
    return new MeteredProducers(meters, registry);
  }
}
