package io.supportflow.observability;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.observability.health.MongoPingHealthIndicator;
import io.supportflow.observability.metrics.BusinessEventMeters;
import io.supportflow.observability.metrics.MeteredProducers;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

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
public class ObservabilityAutoConfiguration {

  @Bean
  @ConditionalOnBean(MongoClient.class)
  MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
    return new MongoPingHealthIndicator(client, Duration.ofSeconds(3));
  }

  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  BusinessEventMeters businessEventMeters(MeterRegistry registry) {
    return new BusinessEventMeters(registry);
  }

  @Bean
  @ConditionalOnBean(MeterRegistry.class)
  MeteredProducers meteredProducers(BusinessEventMeters meters, MeterRegistry registry) {
    return new MeteredProducers(meters, registry);
  }
}
