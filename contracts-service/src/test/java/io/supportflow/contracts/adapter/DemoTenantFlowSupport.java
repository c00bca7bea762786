package io.supportflow.contracts.adapter;

import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.config.DemoPolicy;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What contracts' flow suites over the test stack share: the demo tenant's policy, put back before
 * and after each test (tests edit contracts, and the suites share one database), and the stack's
 * topics to publish to and read from.
 */
abstract class DemoTenantFlowSupport {

  static final TestStack STACK = TestStack.shared();
  static final Duration DEADLINE = Duration.ofSeconds(30);
  static final String TENANT = "acme";

  @Autowired MongoTenantPolicies policies;
  @Autowired EditPolicy editPolicy;
  @Autowired ClasspathPresetCatalog presets;
  @Autowired MongoDatabase database;

  @BeforeEach
  @AfterEach
  void theDemoTenantsPolicy() {
    TenantPolicy demo = DemoPolicy.build(presets, TENANT, LocalDate.now(ZoneOffset.UTC));
    policies.createIfAbsent(demo);
    editPolicy.replaceAll(TENANT, demo);
  }

  static TopicProbe probe(String topic) {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), topic);
  }

  static void publish(String topic, String key, SpecificRecord event) {
    TopicProbe.publish(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), topic, key, event);
  }
}
