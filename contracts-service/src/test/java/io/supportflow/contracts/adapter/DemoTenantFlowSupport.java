package io.supportflow.contracts.adapter;

import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.persistence.MongoTenantPolicies;
import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.config.DemoPolicy;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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

  /** A request of the demo tenant about a shop outage stated P1, received now; a suite adds what it needs. */
  static RequestReceived.Builder checkoutDown(String caseNumber, Channel channel, Reporter reporter) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return RequestReceived.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setTenantId(TENANT)
        .setCaseId(UUID.randomUUID().toString())
        .setCaseNumber(caseNumber)
        .setChannel(channel)
        .setReporter(reporter)
        .setSubject("Checkout is down")
        .setDescription("All web shops return HTTP 500.")
        .setStatedSeverity("P1")
        .setPriority(Priority.P1)
        .setReceivedAt(now);
  }
}
