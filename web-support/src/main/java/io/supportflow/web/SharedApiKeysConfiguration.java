package io.supportflow.web;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one key store of a service with an API (docs/adr/0012): {@link SharedApiKeys} from
 * {@code supportflow.security.api-key-digests} and the topic {@code supportflow.security.keys-topic}
 * (tenants.keys; empty: configuration only), read by a {@link KeyTopicReader} with the Kafka
 * binder's client settings. The health indicator {@code apiKeys} is DOWN until the reader has
 * caught up with the topic's end at start; each service lists it in its readiness group.
 */
@Configuration(proxyBeanMethods = false)
public class SharedApiKeysConfiguration {

  @Bean
  SharedApiKeys sharedApiKeys(@Value("${supportflow.security.api-key-digests:}") List<String> digests,
      ObjectProvider<Clock> clock) {
    return new SharedApiKeys(ConfiguredApiKeys.parse(digests), clock.getIfUnique(Clock::systemUTC));
  }

  @Bean
  KeyTopicReader keyTopicReader(SharedApiKeys keys, Environment environment, ObjectProvider<Clock> clock,
      @Value("${supportflow.security.keys-topic:tenants.keys}") String topic) {
    Map<String, Object> client = new HashMap<>(Binder.get(environment)
        .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of()));
    client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        environment.getProperty("spring.cloud.stream.kafka.binder.brokers", "localhost:9092"));
    return new KeyTopicReader(client, topic, keys, Duration.ofMillis(500), clock.getIfUnique(Clock::systemUTC));
  }

  /** "apiKeys" in the health groups: readiness waits until every key published before the start is known. */
  @Bean
  HealthIndicator apiKeysHealthIndicator(KeyTopicReader reader, SharedApiKeys keys) {
    return () -> {
      Health.Builder health = reader.caughtUp() ? Health.up() : Health.outOfService()
          .withDetail("waitingFor", reader.waitingFor());
      return health.withDetail("topic", reader.topic()).withDetail("publishedKeys", keys.publishedCount())
          .withDetail("skippedRecords", reader.skipped()).build();
    };
  }
}
