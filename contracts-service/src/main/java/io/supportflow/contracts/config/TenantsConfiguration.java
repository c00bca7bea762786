package io.supportflow.contracts.config;

import io.supportflow.contracts.adapter.messaging.KafkaTenantAnnouncer;
import io.supportflow.contracts.adapter.persistence.MongoIssuedKeys;
import io.supportflow.contracts.adapter.persistence.MongoTenantEntries;
import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.application.AnnounceTenantsAndKeys;
import io.supportflow.contracts.application.OnboardTenant;
import io.supportflow.contracts.application.TenantKeys;
import io.supportflow.observability.publishing.OutboxRelay;
import io.supportflow.web.KeyTopicReader;
import io.supportflow.web.SharedApiKeys;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Tenants and keys as data (docs/adr/0012): the operator's tenants, the tenants' issued keys, their
 * announcement on tenants.directory and tenants.keys right after each change, and the relay that
 * publishes what failed to.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  MongoTenantEntries.class,
  MongoIssuedKeys.class,
  OnboardTenant.class
})
class TenantsConfiguration {

  /** A key state sent is known here at once, so a key contracts issued works on contracts without a round trip. */
  @Bean
  AnnounceTenantsAndKeys announceTenantsAndKeys(MongoTenantEntries tenantEntries, MongoIssuedKeys issuedKeys,
      StreamBridge streamBridge, SharedApiKeys sharedApiKeys) {
    return new AnnounceTenantsAndKeys(tenantEntries, issuedKeys,
        new KafkaTenantAnnouncer(streamBridge, sent -> sharedApiKeys.apply(KeyTopicReader.stateOf(sent))));
  }

  @Bean
  TenantKeys tenantKeys(MongoIssuedKeys issuedKeys, MongoTenantPolicies tenantPolicies,
      AnnounceTenantsAndKeys announceTenantsAndKeys, Clock clock) {
    return new TenantKeys(issuedKeys, tenantPolicies, announceTenantsAndKeys, clock);
  }

  /** Publishes tenant entries and key states whose publication failed right after their change. */
  @Bean
  SchedulingConfigurer tenantsRelay(AnnounceTenantsAndKeys announceTenantsAndKeys,
      @Value("${supportflow.tenants.relay-interval:5s}") Duration interval) {
    return OutboxRelay.every(interval,
        new OutboxRelay(published -> "Relay published " + published + " pending tenant entr(ies) and key state(s)",
            "Relay could not publish pending tenants and keys yet", announceTenantsAndKeys::announceAllPending));
  }
}
