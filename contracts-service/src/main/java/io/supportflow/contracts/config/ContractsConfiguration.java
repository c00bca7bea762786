package io.supportflow.contracts.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.adapter.holidays.JollydayPublicHolidays;
import io.supportflow.contracts.adapter.messaging.DecideEntitlementFlow;
import io.supportflow.contracts.adapter.messaging.KafkaContractChangePublisher;
import io.supportflow.contracts.adapter.messaging.KafkaDecisionPublisher;
import io.supportflow.contracts.adapter.messaging.RedecideOnActivityFlow;
import io.supportflow.contracts.adapter.messaging.RedecideOnContractChangeFlow;
import io.supportflow.contracts.adapter.persistence.MongoCaseDecisions;
import io.supportflow.contracts.adapter.persistence.MongoCaseQuotaLedger;
import io.supportflow.contracts.adapter.persistence.MongoDecisionLog;
import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.ApplyPreset;
import io.supportflow.contracts.application.DecideEntitlement;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.PublishContractChanges;
import io.supportflow.contracts.application.PublishRedecisions;
import io.supportflow.contracts.application.RedecideCase;
import io.supportflow.contracts.domain.CustomerIdentification;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.observability.publishing.OutboxRelay;
import io.supportflow.observability.tracing.CaseTraces;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/**
 * Wires the plain classes of contracts-service together. The policy format's mappers are not
 * beans: Spring's own infrastructure keeps Boot's mapper, the adapters get the strict one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ContractsSettings.class)
@Import({
  JollydayPublicHolidays.class,
  MongoCaseQuotaLedger.class,
  EntitlementPolicy.class,
  ApplyPreset.class
})
class ContractsConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  MongoDatabase contractsDatabase(MongoClient client, ContractsSettings settings) {
    return client.getDatabase(settings.mongodb().database());
  }

  @Bean
  MongoTenantPolicies tenantPolicies(MongoDatabase contractsDatabase) {
    return new MongoTenantPolicies(contractsDatabase, PolicyFormat.json());
  }

  @Bean
  ClasspathPresetCatalog presetCatalog() {
    return new ClasspathPresetCatalog(PolicyFormat.yaml());
  }

  @Bean
  PublishContractChanges publishContractChanges(MongoTenantPolicies tenantPolicies, StreamBridge streamBridge) {
    return new PublishContractChanges(tenantPolicies, new KafkaContractChangePublisher(streamBridge));
  }

  @Bean
  EditPolicy editPolicy(MongoTenantPolicies tenantPolicies, JollydayPublicHolidays publicHolidays,
      PublishContractChanges publishContractChanges, Clock clock) {
    return new EditPolicy(tenantPolicies, publicHolidays, publishContractChanges, clock);
  }

  @Bean
  MongoDecisionLog decisionLog(MongoDatabase contractsDatabase) {
    return new MongoDecisionLog(contractsDatabase, PolicyFormat.json());
  }

  @Bean
  MongoCaseDecisions caseDecisions(MongoDatabase contractsDatabase) {
    return new MongoCaseDecisions(contractsDatabase, PolicyFormat.json());
  }

  @Bean
  DecideEntitlement decideEntitlement(MongoTenantPolicies tenantPolicies, MongoDecisionLog decisionLog,
      MongoCaseDecisions caseDecisions, MongoCaseQuotaLedger caseQuotaLedger, EntitlementPolicy entitlementPolicy,
      Clock clock) {
    return new DecideEntitlement(tenantPolicies, decisionLog, caseDecisions, caseQuotaLedger,
        new CustomerIdentification(), entitlementPolicy, clock);
  }

  @Bean
  DecideEntitlementFlow decideEntitlementFlow(DecideEntitlement decideEntitlement, StreamBridge streamBridge,
      CaseTraces caseTraces) {
    return new DecideEntitlementFlow(decideEntitlement, streamBridge, caseTraces);
  }

  @Bean
  PublishRedecisions publishRedecisions(MongoCaseDecisions caseDecisions, StreamBridge streamBridge, Clock clock) {
    return new PublishRedecisions(caseDecisions, new KafkaDecisionPublisher(streamBridge), clock);
  }

  @Bean
  RedecideCase redecideCase(MongoTenantPolicies tenantPolicies, MongoCaseDecisions caseDecisions,
      MongoDecisionLog decisionLog, MongoCaseQuotaLedger caseQuotaLedger, EntitlementPolicy entitlementPolicy,
      PublishRedecisions publishRedecisions, Clock clock) {
    return new RedecideCase(tenantPolicies, caseDecisions, decisionLog, caseQuotaLedger,
        new CustomerIdentification(), entitlementPolicy, publishRedecisions, clock);
  }

  @Bean
  RedecideOnActivityFlow redecideOnActivityFlow(RedecideCase redecideCase) {
    return new RedecideOnActivityFlow(redecideCase);
  }

  @Bean
  RedecideOnContractChangeFlow redecideOnContractChangeFlow(RedecideCase redecideCase) {
    return new RedecideOnContractChangeFlow(redecideCase);
  }

  /**
   * Publishes contract changes whose publication failed right after their edit, and re-decisions
   * whose publication failed right after they were stored.
   */
  @Bean
  SchedulingConfigurer contractsRelays(PublishContractChanges publishContractChanges,
      PublishRedecisions publishRedecisions, ContractsSettings settings) {
    return OutboxRelay.every(settings.contracts().relayInterval(),
        new OutboxRelay(published -> "Relay published " + published + " pending contract change(s)",
            "Relay could not publish pending contract changes yet", publishContractChanges::publishAllPending),
        new OutboxRelay(published -> "Relay published " + published + " re-decision(s)",
            "Relay could not publish re-decisions yet", publishRedecisions::publishAllUnpublished));
  }
}
